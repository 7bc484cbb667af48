package com.perftarget.process.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.perftarget.access.Groups;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;

/**
 * Who works on an approval's tasks, read from the submission in our tables: the model asks
 * {@code ${approvalParticipants.leaderOf(execution)}} and {@code ${approvalParticipants.unitFinanceGroupOf(execution)}}.
 */
@Component("approvalParticipants")
public class ApprovalParticipants {

    private final SubmissionService submissions;

    public ApprovalParticipants(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** The login of the project's leader, the assignee of 填报. */
    public String leaderOf(DelegateExecution execution) {
        return submissionOf(execution).getLeaderUserId();
    }

    /** The candidate group of 单位财务审核: the finance of the submission's unit. */
    public String unitFinanceGroupOf(DelegateExecution execution) {
        return Groups.unitFinance(unitCodeOf(execution));
    }

    public String unitCodeOf(DelegateExecution execution) {
        return submissionOf(execution).getUnitCode();
    }

    private Submission submissionOf(DelegateExecution execution) {
        return submissions.get(ApprovalProcess.SUBMISSION_ID.from(execution));
    }
}
