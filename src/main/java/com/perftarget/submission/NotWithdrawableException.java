package com.perftarget.submission;

/** A project approved or withdrawn already: it can no longer be withdrawn. */
public class NotWithdrawableException extends RuntimeException {

    public NotWithdrawableException(String projectName, SubmissionStatus status) {
        super("「" + projectName + "」" + status.label() + "，不能再撤回");
    }
}
