package com.perftarget.submission;

/** Where a submission stands as a whole; {@link Submission#getStage()} says at which step. */
public enum SubmissionStatus {
    /** 待填报: never submitted yet. */
    DRAFT("待填报"),
    /** 审核中: submitted, in validation or review. */
    IN_REVIEW("审核中"),
    /** 已退回: sent back to the leader by the validation or a reviewer. */
    RETURNED("已退回"),
    /** 已批准. */
    APPROVED("已批准"),
    /** 已撤回: withdrawn by the unit before the bureau approved it; no longer part of the unit-year. */
    WITHDRAWN("已撤回");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
