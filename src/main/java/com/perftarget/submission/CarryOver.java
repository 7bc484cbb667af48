package com.perftarget.submission;

import java.time.Instant;
import java.time.LocalDate;

import com.perftarget.table.TargetTable;

/**
 * Where a carried-over table came from: last year's submission (its business key), which of its tables — the
 * approved version, else the latest filed one, else the table as it stood never filed — and when.
 */
public record CarryOver(String fromBusinessKey, Source source, Integer versionNo, Instant at) {

    /** Which of last year's tables the new one starts from. */
    public enum Source {
        APPROVED("已批准的版本"), FILED("最后报送的版本"), CURRENT("未报送的当前表");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Last year's table as the starting point of {@code year}: 上年度项目总金额 and 项目上年度金额 are last year's 项目总金额
     * and 项目本年度金额; a period within one year moves into {@code year} (a project running over several years keeps
     * its period); everything else stays for the leader to revise.
     */
    public static TargetTable carried(TargetTable last, int year) {
        int years = last.startDate() != null && last.endDate() != null
                && last.startDate().getYear() == last.endDate().getYear() ? year - last.startDate().getYear() : 0;
        return TargetTable.of(field -> switch (field) {
            case START_DATE -> shift(last.startDate(), years);
            case END_DATE -> shift(last.endDate(), years);
            case LAST_TOTAL_AMOUNT -> last.totalAmount();
            case LAST_YEAR_AMOUNT -> last.yearAmount();
            default -> field.of(last);
        }, last.indicators());
    }

    private static LocalDate shift(LocalDate date, int years) {
        return date == null ? null : date.plusYears(years);
    }
}
