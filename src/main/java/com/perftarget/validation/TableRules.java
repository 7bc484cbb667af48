package com.perftarget.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import com.perftarget.submission.Indicator;
import com.perftarget.submission.TableField;
import com.perftarget.submission.TargetTable;

/**
 * The rules of the 自动校验 step that need no profile: the table is complete and its amounts add up.
 * Pure and stateless, so one instance serves every call.
 */
@Component
public class TableRules {

    private static final List<NarrativeSection> REQUIRED_NARRATIVE = List.of(
            new NarrativeSection(TableField.OVERVIEW, TargetTable::overview),
            new NarrativeSection(TableField.BASIS, TargetTable::basis),
            new NarrativeSection(TableField.NECESSITY, TargetTable::necessity),
            new NarrativeSection(TableField.MEASURES, TargetTable::measures),
            new NarrativeSection(TableField.PLAN, TargetTable::plan),
            new NarrativeSection(TableField.OVERALL_GOAL, TargetTable::overallGoal),
            new NarrativeSection(TableField.ANNUAL_GOAL, TargetTable::annualGoal));

    public List<Finding> check(TargetTable table) {
        List<Finding> findings = new ArrayList<>();
        for (NarrativeSection section : REQUIRED_NARRATIVE) {
            if (section.value.apply(table) == null) {
                findings.add(new Finding("narrative.required", Severity.ERROR, section.field.key(), null, null,
                        section.field.label() + "不能为空"));
            }
        }
        checkNotAbove(table.yearAmount(), TableField.YEAR_AMOUNT, table.totalAmount(), TableField.TOTAL_AMOUNT,
                "amount.yearWithinTotal", findings);
        checkNotAbove(table.lastYearAmount(), TableField.LAST_YEAR_AMOUNT, table.lastTotalAmount(),
                TableField.LAST_TOTAL_AMOUNT, "amount.lastYearWithinLastTotal", findings);
        if (table.indicators().isEmpty()) {
            findings.add(new Finding("indicator.required", Severity.ERROR, TableField.INDICATORS, null, null,
                    "至少需要填写一行绩效指标"));
        }
        for (int i = 0; i < table.indicators().size(); i++) {
            Indicator row = table.indicators().get(i);
            if (row.level1() == null) {
                findings.add(new Finding("indicator.level1.required", Severity.ERROR, "level1", i + 1, row.name(),
                        "「" + row.name() + "」缺少一级指标"));
            }
            if (row.level2() == null) {
                findings.add(new Finding("indicator.level2.required", Severity.ERROR, "level2", i + 1, row.name(),
                        "「" + row.name() + "」缺少二级指标"));
            }
        }
        return findings;
    }

    private static void checkNotAbove(BigDecimal part, TableField partField, BigDecimal whole, TableField wholeField,
                                      String ruleId, List<Finding> findings) {
        if (part != null && whole != null && part.compareTo(whole) > 0) {
            findings.add(new Finding(ruleId, Severity.ERROR, partField.key(), null, part.toPlainString(),
                    partField.label() + "（" + part.toPlainString() + " 万元）不能大于" + wholeField.label()
                            + "（" + whole.toPlainString() + " 万元）"));
        }
    }

    private record NarrativeSection(TableField field, Function<TargetTable, String> value) {
    }
}
