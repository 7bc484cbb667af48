package com.perftarget.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * 项目支出绩效目标表: the whole table of one project, typed and checked.
 * Field names follow the glossary; amounts are in 万元.
 */
public record TargetTable(
        String projectName,
        String unitCode,
        String fundUse,
        String leader,
        String contact,
        String phone,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal totalAmount,
        BigDecimal yearAmount,
        BigDecimal lastTotalAmount,
        BigDecimal lastYearAmount,
        String overview,
        String basis,
        String necessity,
        String measures,
        String plan,
        String remarks,
        String overallGoal,
        String annualGoal,
        List<Indicator> indicators) {

    public TargetTable {
        indicators = List.copyOf(indicators);
    }

    /**
     * A table from each field's checked value (a String, LocalDate or BigDecimal by kind); the one place that lists
     * the record's components in order.
     */
    public static TargetTable of(Function<TableField, Object> value, List<Indicator> indicators) {
        return new TargetTable((String) value.apply(TableField.PROJECT_NAME), (String) value.apply(TableField.UNIT_CODE),
                (String) value.apply(TableField.FUND_USE), (String) value.apply(TableField.LEADER),
                (String) value.apply(TableField.CONTACT), (String) value.apply(TableField.PHONE),
                (LocalDate) value.apply(TableField.START_DATE), (LocalDate) value.apply(TableField.END_DATE),
                (BigDecimal) value.apply(TableField.TOTAL_AMOUNT), (BigDecimal) value.apply(TableField.YEAR_AMOUNT),
                (BigDecimal) value.apply(TableField.LAST_TOTAL_AMOUNT),
                (BigDecimal) value.apply(TableField.LAST_YEAR_AMOUNT), (String) value.apply(TableField.OVERVIEW),
                (String) value.apply(TableField.BASIS), (String) value.apply(TableField.NECESSITY),
                (String) value.apply(TableField.MEASURES), (String) value.apply(TableField.PLAN),
                (String) value.apply(TableField.REMARKS), (String) value.apply(TableField.OVERALL_GOAL),
                (String) value.apply(TableField.ANNUAL_GOAL), indicators);
    }
}
