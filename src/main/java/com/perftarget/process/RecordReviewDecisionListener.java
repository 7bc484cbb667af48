package com.perftarget.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.perftarget.review.Decision;
import com.perftarget.review.ReviewLevel;
import com.perftarget.review.ReviewService;

/**
 * On a review completed: records 通过/退回 with the opinion against the submission and hands the decision to
 * the gateway. A return without an opinion throws, so the task stays open.
 */
@Component
public class RecordReviewDecisionListener implements TaskListener {

    private final ReviewService reviews;

    public RecordReviewDecisionListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewLevel level = ApprovalProcess.BUREAU_REVIEW.equals(task.getTaskDefinitionKey())
                ? ReviewLevel.FINANCE_BUREAU : ReviewLevel.UNIT_FINANCE;
        Object decision = task.getVariableLocal(ApprovalProcess.DECISION.name());
        Object opinion = task.getVariableLocal(FormVariables.OPINION);
        Decision recorded = reviews.record(ApprovalProcess.SUBMISSION_ID.from(task), level, reviewer(task),
                decision == null ? null : decision.toString(), opinion == null ? null : opinion.toString())
                .getDecision();
        ApprovalProcess.DECISION.on(task.getExecution(), recorded.name());
    }

    /** The user who completes the task: the authenticated caller where there is one, else the assignee. */
    private static String reviewer(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }
}
