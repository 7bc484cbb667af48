package com.perftarget.process.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.perftarget.submission.SubmissionService;
import com.perftarget.table.TableDraft;

/**
 * On 填报 completed: stores the table the form submitted as the next version. It runs in the completion's
 * transaction: bad input throws and rolls the completion back, so the task stays open and nothing is half-saved,
 * and a completion that fails later takes its version with it.
 */
@Component
public class SaveFiledTableListener implements TaskListener {

    private final SubmissionService submissions;

    public SaveFiledTableListener(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @Override
    public void notify(DelegateTask task) {
        long submissionId = ApprovalProcess.SUBMISSION_ID.from(task);
        TableDraft current = TableDraft.of(submissions.currentTable(submissionId));
        submissions.file(submissionId, FormVariables.draftFrom(task, current), Actors.completing(task));
    }
}
