package com.perftarget.submission;

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

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
