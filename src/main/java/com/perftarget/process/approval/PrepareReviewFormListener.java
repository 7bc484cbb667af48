package com.perftarget.process.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.perftarget.submission.Stage;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;

/** On 单位财务审核 / 财政局审核 created: the table read-only, what changed since the last version, the findings and the history. */
@Component
public class PrepareReviewFormListener implements TaskListener {

    private final SubmissionService submissions;
    private final FormNotices notices;

    public PrepareReviewFormListener(SubmissionService submissions, FormNotices notices) {
        this.submissions = submissions;
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        long submissionId = ApprovalProcess.SUBMISSION_ID.from(task);
        Stage stage = Stage.ofCode(task.getTaskDefinitionKey());
        Submission submission = submissions.enterReview(submissionId, stage);
        notices.present(task, stage, submission);
        FormVariables.CHANGES.on(task, notices.changes(submissionId));
        FormVariables.VALIDATION_MESSAGES.on(task,
                notices.findings(submissionId).orElse("**自动校验结果：** 未发现问题。"));
        // Declared task-local so that what the reviewer submits stays with the task, not the process.
        FormVariables.DECISION.on(task, null);
        FormVariables.OPINION.on(task, null);
    }
}
