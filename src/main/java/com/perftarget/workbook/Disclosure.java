package com.perftarget.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.perftarget.submission.FundKind;
import com.perftarget.table.TargetTable;

/**
 * What a unit publishes of a budget year (预算公开): its approved tables in the order of its projects, and the
 * summary computed from them — never typed.
 */
public record Disclosure(String unitCode, String unitName, int year, List<Project> projects) {

    /** One project of the unit-year: its sequence number, fund kind, and its table (here: as approved). */
    public record Project(int sequenceNo, FundKind fundKind, TargetTable table) {
    }

    public int count() {
        return projects.size();
    }

    /** Σ 项目本年度金额 of every project (万元). */
    public BigDecimal total() {
        return projects.stream().map(p -> p.table().yearAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ 项目本年度金额 of the projects of one fund kind (万元). */
    public BigDecimal total(FundKind kind) {
        return projects.stream().filter(p -> p.fundKind() == kind).map(p -> p.table().yearAmount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A fund kind's share of the total in per cent, two decimals; the special funds take the rest to 100. */
    public BigDecimal share(FundKind kind) {
        if (total().signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal general = total(FundKind.GENERAL).multiply(BigDecimal.valueOf(100))
                .divide(total(), 2, RoundingMode.HALF_UP);
        return kind == FundKind.GENERAL ? general : BigDecimal.valueOf(100).setScale(2).subtract(general);
    }

    /** The summary as one sentence, as the document prints it. */
    public String summary() {
        return unitName + year + "年度共有项目支出 " + count() + " 个，本年度金额合计 " + amount(total()) + " 万元，其中"
                + FundKind.GENERAL.label() + " " + amount(total(FundKind.GENERAL)) + " 万元（占 "
                + share(FundKind.GENERAL).toPlainString() + "%），" + FundKind.SPECIAL.label() + " "
                + amount(total(FundKind.SPECIAL)) + " 万元（占 " + share(FundKind.SPECIAL).toPlainString() + "%）。";
    }

    public String title() {
        return unitName + year + "年度项目支出绩效目标公开";
    }

    static String amount(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
