package com.perftarget.process.approval;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.perftarget.access.Groups;
import com.perftarget.process.EngineReads;
import com.perftarget.process.ModelProperties;
import com.perftarget.review.Decision;
import com.perftarget.review.ReviewLevel;
import com.perftarget.review.ReviewService;
import com.perftarget.version.VersionHeader;
import com.perftarget.version.VersionService;

/**
 * On a review completed: records 通过/退回 with the opinion against the version decided on and hands the decision to
 * the gateway. A return without an opinion throws, so the task stays open.
 */
@Component
public class RecordReviewDecisionListener implements TaskListener {

    private final ReviewService reviews;
    private final VersionService versions;
    private final EngineReads reads;
    private final ApprovalParticipants participants;

    public RecordReviewDecisionListener(ReviewService reviews, VersionService versions, EngineReads reads,
                                        ApprovalParticipants participants) {
        this.reviews = reviews;
        this.versions = versions;
        this.reads = reads;
        this.participants = participants;
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewLevel level = ReviewLevel.valueOf(ModelProperties.of(task, ApprovalProcess.REVIEW_LEVEL_PROPERTY));
        String decision = FormVariables.DECISION.from(task);
        String opinion = FormVariables.OPINION.from(task);
        long submissionId = ApprovalProcess.SUBMISSION_ID.from(task);
        VersionHeader version = versions.latestHeader(submissionId).orElseThrow(
                () -> new IllegalStateException("submission " + submissionId + " is in review without a version"));
        String reviewer = Actors.completing(task);
        Decision recorded = reviews.record(submissionId, version.version(), level, reviewer, decision, opinion,
                version.author(), () -> isOfSubmittingUnit(task, reviewer)).getDecision();
        ApprovalProcess.DECISION.on(task.getExecution(), recorded.name());
    }

    private boolean isOfSubmittingUnit(DelegateTask task, String reviewer) {
        String unitCode = participants.unitCodeOf(task.getExecution());
        List<String> groups = Actors.groupsAuthenticatedWith(task, reviewer).orElseGet(() -> reads.groupsOf(reviewer));
        return groups.stream().anyMatch(group -> Groups.isOfUnit(group, unitCode));
    }
}
