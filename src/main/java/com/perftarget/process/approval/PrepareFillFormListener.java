package com.perftarget.process.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.perftarget.submission.Stage;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;

/** On 填报 created: the table back with its leader, prefilled, with why it came back. */
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
        long submissionId = ApprovalProcess.SUBMISSION_ID.from(task);
        Submission submission = submissions.awaitFiling(submissionId);
        notices.present(task, Stage.FILL_TARGETS, submission);
        FormVariables.RETURN_NOTICE.on(task, notices.returnNotice(submissionId).orElse(null));
        FormVariables.VALIDATION_MESSAGES.on(task, notices.findings(submissionId).orElse(null));
    }
}
