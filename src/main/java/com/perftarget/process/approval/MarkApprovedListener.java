package com.perftarget.process.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.perftarget.review.ReviewDecision;
import com.perftarget.review.ReviewService;
import com.perftarget.submission.SubmissionService;

/**
 * On 已批准 reached: the submission is approved, and the version the last decision approved (its latest: a decision
 * is taken on the latest version) marked as approved by that decision's reviewer.
 */
@Component
public class MarkApprovedListener implements ExecutionListener {

    private final SubmissionService submissions;
    private final ReviewService reviews;

    public MarkApprovedListener(SubmissionService submissions, ReviewService reviews) {
        this.submissions = submissions;
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long submissionId = ApprovalProcess.SUBMISSION_ID.from(execution);
        ReviewDecision approval = reviews.latest(submissionId).orElseThrow(
                () -> new IllegalStateException("submission " + submissionId + " approved without a decision"));
        submissions.markApproved(submissionId, approval.getVersionNo(), approval.getReviewer());
    }
}
