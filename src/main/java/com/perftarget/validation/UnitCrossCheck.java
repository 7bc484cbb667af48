package com.perftarget.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.perftarget.submission.FundKind;

/**
 * The unit check of a unit-year: Σ 项目本年度金额 of its projects against the 项目支出 of its budget tables, in all and
 * split into 一般性项目 and 专项资金.
 */
public final class UnitCrossCheck {

    /** One project as the check sees it. */
    public record ProjectAmount(String projectName, FundKind fundKind, BigDecimal yearAmount) {
    }

    /** The budget tables' figures (万元). */
    public record Budget(BigDecimal projectExpenditure, BigDecimal generalProjects, BigDecimal specialFunds) {
    }

    private UnitCrossCheck() {
    }

    public static List<Finding> check(List<ProjectAmount> projects, Budget budget) {
        List<Finding> found = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal general = BigDecimal.ZERO;
        BigDecimal special = BigDecimal.ZERO;
        for (ProjectAmount project : projects) {
            BigDecimal amount = project.yearAmount() == null ? BigDecimal.ZERO : project.yearAmount();
            total = total.add(amount);
            if (project.fundKind() == FundKind.GENERAL) {
                general = general.add(amount);
            } else if (project.fundKind() == FundKind.SPECIAL) {
                special = special.add(amount);
            } else {
                found.add(new Finding("unit.fundKindMissing", Severity.WARNING, "fundKind", null,
                        project.projectName(), "「" + project.projectName() + "」没有注明是一般性项目还是专项资金"));
            }
        }
        compare("unit.projectExpenditure", "项目支出", total, budget.projectExpenditure(), found);
        compare("unit.generalProjects", FundKind.GENERAL.label(), general, budget.generalProjects(), found);
        compare("unit.specialFunds", FundKind.SPECIAL.label(), special, budget.specialFunds(), found);
        return found;
    }

    private static void compare(String ruleId, String label, BigDecimal sum, BigDecimal budgeted, List<Finding> found) {
        if (sum.compareTo(budgeted) != 0) {
            found.add(new Finding(ruleId, Severity.ERROR, "yearAmount", null, sum.toPlainString(),
                    label + "：各项目本年度金额合计 " + sum.toPlainString() + " 万元，与预算表的 "
                            + budgeted.toPlainString() + " 万元不一致（差 " + sum.subtract(budgeted).toPlainString()
                            + " 万元）"));
        }
    }
}
