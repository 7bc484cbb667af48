package com.perftarget.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Where one unit stands in a budget year: its projects (withdrawn ones apart), how many at each status and stage,
 * their Σ 项目本年度金额 (万元), whether the sums agree with its budget figures, and its standing in the round.
 */
public record UnitProgress(String unitCode, String unitName, long projects, long withdrawn,
                           Map<String, Long> byStatus, Map<String, Long> byStage, BigDecimal yearAmount,
                           CrossCheck crossCheck, RoundStanding round) {

    /**
     * Where the unit stands in the year's round ({@code null}: the year has no round with the unit): its deadline,
     * whether it passed with the filing still open, the round's cross-check, 批复 and 公开 dates.
     */
    public record RoundStanding(LocalDate deadline, boolean overdue, String crossCheck, LocalDate approvedOn,
                                LocalDate publishedOn) {
    }

    /** The unit cross-check: no budget figures yet, the sums agree, or they do not. */
    public enum CrossCheck {
        NO_FIGURES("未录入预算数"), MATCHES("一致"), MISMATCH("不一致");

        private final String label;

        CrossCheck(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
