package com.perftarget.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.perftarget.submission.SubmissionService;

/** On 已批准 reached: the submission is approved. */
@Component
public class MarkApprovedListener implements ExecutionListener {

    private final SubmissionService submissions;

    public MarkApprovedListener(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        submissions.markApproved(ApprovalProcess.SUBMISSION_ID.from(execution));
    }
}
