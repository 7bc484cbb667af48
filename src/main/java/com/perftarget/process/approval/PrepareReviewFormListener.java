package com.perftarget.process.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.perftarget.submission.Stage;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;

/** On 单位财务审核 / 财政局审核 created: the submission enters that review (the form: {@link ApprovalFormPresenter}). */
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
        Stage stage = Stage.ofCode(task.getTaskDefinitionKey());
        Submission submission = submissions.enterReview(ApprovalProcess.SUBMISSION_ID.from(task), stage);
        notices.title(task, stage, submission);
    }
}
