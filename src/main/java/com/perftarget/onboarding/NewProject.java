package com.perftarget.onboarding;

/**
 * A project the unit's finance adds to a budget year, as sent: its name, the login of its 项目负责人, the fund kind
 * ({@code GENERAL} 一般性项目 or {@code SPECIAL} 专项资金) and its amounts in 万元. The leader fills in the rest.
 */
public record NewProject(String projectName, String leaderLogin, String fundKind, String totalAmount,
                         String yearAmount) {
}
