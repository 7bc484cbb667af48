package com.perftarget.progress;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Where one unit stands in a budget year: its projects (withdrawn ones apart), how many at each status and stage,
 * their Σ 项目本年度金额 (万元), and whether the sums agree with its budget figures.
 */
public record UnitProgress(String unitCode, String unitName, long projects, long withdrawn,
                           Map<String, Long> byStatus, Map<String, Long> byStage, BigDecimal yearAmount,
                           CrossCheck crossCheck) {

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
