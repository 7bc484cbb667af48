package com.perftarget.process;

/**
 * The approval process {@code bpmn/performance-target-approval.bpmn}: its key, the ids its code refers to and
 * its process variables. Variables hold ids, the business key and small decision values only; the table
 * lives in our own tables.
 */
public final class ApprovalProcess {

    public static final String KEY = "performanceTargetApproval";

    public static final String FILL_TARGETS = "fillTargets";
    public static final String VALIDATE_TARGETS = "validateTargets";
    public static final String UNIT_FINANCE_REVIEW = "unitFinanceReview";
    public static final String BUREAU_REVIEW = "bureauReview";
    public static final String TARGETS_APPROVED = "targetsApproved";

    /** Our id of the submission the instance approves. */
    public static final ProcessVariable<Long> SUBMISSION_ID = new ProcessVariable<>("submissionId", Long.class);
    /** The budget unit, for the candidate group {@code unit-{unitCode}-finance}. */
    public static final ProcessVariable<String> UNIT_CODE = new ProcessVariable<>("unitCode", String.class);
    /** Login of the project leader, the assignee of 填报. */
    public static final ProcessVariable<String> LEADER = new ProcessVariable<>("leader", String.class);
    /** Set by 自动校验: no finding of severity ERROR. */
    public static final ProcessVariable<Boolean> VALIDATION_PASSED =
            new ProcessVariable<>("validationPassed", Boolean.class);
    /** The last reviewer's decision, {@code APPROVE} or {@code RETURN}. */
    public static final ProcessVariable<String> DECISION = new ProcessVariable<>("decision", String.class);

    /** The candidate group of the finance bureau's reviewers. */
    public static final String FINANCE_BUREAU_GROUP = "finance-bureau";

    public static String unitFinanceGroup(String unitCode) {
        return "unit-" + unitCode + "-finance";
    }

    public static String unitLeadersGroup(String unitCode) {
        return "unit-" + unitCode + "-leaders";
    }

    /** Whether a group is one of the unit's own ({@code unit-{unitCode}-…}). */
    public static boolean isGroupOfUnit(String groupId, String unitCode) {
        return groupId.startsWith("unit-" + unitCode + "-");
    }

    private ApprovalProcess() {
    }
}
