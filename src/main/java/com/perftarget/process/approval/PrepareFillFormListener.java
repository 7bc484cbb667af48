package com.perftarget.process.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.perftarget.submission.Stage;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;

/** On 填报 created: the table is back with its leader (the form shows it prefilled: {@link ApprovalFormPresenter}). */
@Component
public class PrepareFillFormListener implements TaskListener {

    private final SubmissionService submissions;
    private final FormNotices notices;

    public PrepareFillFormListener(SubmissionService submissions, FormNotices notices) {
        this.submissions = submissions;
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        Submission submission = submissions.awaitFiling(ApprovalProcess.SUBMISSION_ID.from(task));
        notices.title(task, Stage.FILL_TARGETS, submission);
    }
}
