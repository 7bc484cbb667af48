package com.perftarget.round;

import java.util.List;

/**
 * A round as the bureau asks for it: the budget year, the rule profile, the units (none: every registered unit) and
 * the deadlines as {@code yyyy-MM-dd} (Asia/Shanghai dates).
 */
public record NewRound(Integer year, String profile, List<String> units, String unitDeadline, String bureauDeadline) {
}
