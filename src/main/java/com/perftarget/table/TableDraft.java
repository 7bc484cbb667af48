package com.perftarget.table;

import java.util.List;
import java.util.function.Function;

/**
 * A table as a person or a client sent it: every value still text, so that each bad value can be named
 * instead of failing the whole request. {@link TableDraftChecker} turns it into a {@link TargetTable}.
 */
public record TableDraft(
        String projectName,
        String unitCode,
        String fundUse,
        String leader,
        String contact,
        String phone,
        String startDate,
        String endDate,
        String totalAmount,
        String yearAmount,
        String lastTotalAmount,
        String lastYearAmount,
        String overview,
        String basis,
        String necessity,
        String measures,
        String plan,
        String remarks,
        String overallGoal,
        String annualGoal,
        List<Indicator> indicators) {

    /** The draft that files {@code table} unchanged. */
    public static TableDraft of(TargetTable table) {
        return of(field -> field.textOf(table), table.indicators());
    }

    /** A draft from each field's text; the one place that lists the record's components in order. */
    public static TableDraft of(Function<TableField, String> value, List<Indicator> indicators) {
        return new TableDraft(value.apply(TableField.PROJECT_NAME), value.apply(TableField.UNIT_CODE),
                value.apply(TableField.FUND_USE), value.apply(TableField.LEADER), value.apply(TableField.CONTACT),
                value.apply(TableField.PHONE), value.apply(TableField.START_DATE), value.apply(TableField.END_DATE),
                value.apply(TableField.TOTAL_AMOUNT), value.apply(TableField.YEAR_AMOUNT),
                value.apply(TableField.LAST_TOTAL_AMOUNT), value.apply(TableField.LAST_YEAR_AMOUNT),
                value.apply(TableField.OVERVIEW), value.apply(TableField.BASIS), value.apply(TableField.NECESSITY),
                value.apply(TableField.MEASURES), value.apply(TableField.PLAN), value.apply(TableField.REMARKS),
                value.apply(TableField.OVERALL_GOAL), value.apply(TableField.ANNUAL_GOAL), indicators);
    }

    /** The value of a header or narrative field, as sent. */
    public String value(TableField field) {
        return field.of(this);
    }
}
