package com.perftarget.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
        return new TableDraft(table.projectName(), table.unitCode(), table.fundUse(), table.leader(),
                table.contact(), table.phone(), text(table.startDate()), text(table.endDate()),
                amount(table.totalAmount()), amount(table.yearAmount()), amount(table.lastTotalAmount()),
                amount(table.lastYearAmount()), table.overview(), table.basis(), table.necessity(),
                table.measures(), table.plan(), table.remarks(), table.overallGoal(), table.annualGoal(),
                table.indicators());
    }

    /** The value of a header or narrative field, as sent. */
    public String value(TableField field) {
        return switch (field) {
            case PROJECT_NAME -> projectName;
            case UNIT_CODE -> unitCode;
            case FUND_USE -> fundUse;
            case LEADER -> leader;
            case CONTACT -> contact;
            case PHONE -> phone;
            case START_DATE -> startDate;
            case END_DATE -> endDate;
            case TOTAL_AMOUNT -> totalAmount;
            case YEAR_AMOUNT -> yearAmount;
            case LAST_TOTAL_AMOUNT -> lastTotalAmount;
            case LAST_YEAR_AMOUNT -> lastYearAmount;
            case OVERVIEW -> overview;
            case BASIS -> basis;
            case NECESSITY -> necessity;
            case MEASURES -> measures;
            case PLAN -> plan;
            case REMARKS -> remarks;
            case OVERALL_GOAL -> overallGoal;
            case ANNUAL_GOAL -> annualGoal;
        };
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
