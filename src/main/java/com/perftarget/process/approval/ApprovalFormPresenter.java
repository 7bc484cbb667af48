package com.perftarget.process.approval;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

import com.perftarget.process.FormPresenter;
import com.perftarget.submission.Stage;
import com.perftarget.submission.SubmissionService;

/**
 * What the approval's forms show, computed from our tables when a form is opened: the table (the current one, which
 * is the latest version once filed), its history, and beside it why it came back (填报) or what changed and what
 * validation found (reviews). Nothing of it is stored on a task: the versions, decisions and findings are ours.
 */
@Component
public class ApprovalFormPresenter implements FormPresenter {

    static final String NO_FINDINGS = "**自动校验结果：** 未发现问题。";

    private final SubmissionService submissions;
    private final FormNotices notices;

    public ApprovalFormPresenter(SubmissionService submissions, FormNotices notices) {
        this.submissions = submissions;
        this.notices = notices;
    }

    @Override
    public String processKey() {
        return ApprovalProcess.KEY;
    }

    @Override
    public VariableMap present(String taskDefinitionKey, VariableMap engineVariables) {
        Object id = engineVariables.get(ApprovalProcess.SUBMISSION_ID.name());
        if (!(id instanceof Number number)) {
            return FormVariables.none();
        }
        long submissionId = number.longValue();
        VariableMap shown = FormVariables.of(submissions.currentTable(submissionId));
        FormNotices.Notices about = notices.of(submissionId);
        FormVariables.REVIEW_HISTORY.putIn(shown, about.history().orElse(null));
        if (Stage.ofCode(taskDefinitionKey) == Stage.FILL_TARGETS) {
            FormVariables.RETURN_NOTICE.putIn(shown, about.returnNotice().orElse(null));
            FormVariables.VALIDATION_MESSAGES.putIn(shown, about.findings().orElse(null));
        } else {
            FormVariables.CHANGES.putIn(shown, about.changes());
            FormVariables.VALIDATION_MESSAGES.putIn(shown, about.findings().orElse(NO_FINDINGS));
            // The reviewer decides afresh: the decision an earlier review left on the process is not shown as theirs.
            FormVariables.DECISION.putIn(shown, null);
            FormVariables.OPINION.putIn(shown, null);
        }
        return shown;
    }
}
