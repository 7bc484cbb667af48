package com.perftarget.api;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.perftarget.access.AccessPolicy;
import com.perftarget.access.Caller;
import com.perftarget.process.approval.TaskActions;
import com.perftarget.submission.SubmissionDetails;
import com.perftarget.submission.SubmissionService;
import com.perftarget.table.TableDraft;

/** {@code POST /api/submissions/{id}/submit} and {@code /review}: the caller's 填报 and review tasks. */
@RestController
@RequestMapping("/api/submissions/{submissionId}")
public class TaskActionsController {

    private final TaskActions actions;
    private final SubmissionService submissions;
    private final AccessPolicy access;

    public TaskActionsController(TaskActions actions, SubmissionService submissions, AccessPolicy access) {
        this.actions = actions;
        this.submissions = submissions;
        this.access = access;
    }

    @PostMapping("/submit")
    public SubmissionDetails submit(@PathVariable long submissionId, @RequestBody(required = false) TableDraft table,
                                 @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireFile(user, submissions.get(submissionId));
        actions.submit(submissionId, user.id(), table);
        return submissions.details(submissionId);
    }

    @PostMapping("/review")
    public SubmissionDetails review(@PathVariable long submissionId, @RequestBody(required = false) ReviewRequest review,
                                 @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireReview(user, submissions.get(submissionId));
        ReviewRequest body = review == null ? new ReviewRequest(null, null) : review;
        actions.review(submissionId, user.id(), body.decision(), body.opinion());
        return submissions.details(submissionId);
    }

    public record ReviewRequest(String decision, String opinion) {
    }
}
