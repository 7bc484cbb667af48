package com.perftarget.access;

/**
 * The groups people work in, one naming convention for the engine, our API and onboarding: each unit's leaders and
 * finance ({@code unit-{unitCode}-leaders}, {@code unit-{unitCode}-finance}), the finance bureau, the administrators.
 */
public final class Groups {

    /** The finance bureau's reviewers. */
    public static final String FINANCE_BUREAU = "finance-bureau";
    /** Administrators: Cockpit and Admin, and every right in the engine. */
    public static final String ADMIN = "camunda-admin";

    private Groups() {
    }

    public static String unitFinance(String unitCode) {
        return "unit-" + unitCode + "-finance";
    }

    public static String unitLeaders(String unitCode) {
        return "unit-" + unitCode + "-leaders";
    }

    /** Whether a group is one of the unit's own ({@code unit-{unitCode}-…}). */
    public static boolean isOfUnit(String groupId, String unitCode) {
        return groupId.startsWith("unit-" + unitCode + "-");
    }
}
