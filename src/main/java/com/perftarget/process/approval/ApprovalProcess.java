package com.perftarget.process.approval;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.perftarget.process.FormContract;
import com.perftarget.process.ProcessForms;
import com.perftarget.process.ProcessVariable;
import com.perftarget.review.ReviewLevel;
import com.perftarget.submission.Stage;

/**
 * The approval process {@code bpmn/performance-target-approval.bpmn}: its key, the ids its code refers to and
 * its process variables. Variables hold ids, the business key and small decision values only; the table
 * lives in our own tables.
 */
public final class ApprovalProcess {

    public static final String KEY = "performanceTargetApproval";

    /** The activities a submission waits at: their BPMN ids are the stages' codes, declared once in {@link Stage}. */
    public static final String FILL_TARGETS = Stage.FILL_TARGETS.code();
    public static final String VALIDATE_TARGETS = Stage.VALIDATE_TARGETS.code();
    public static final String UNIT_FINANCE_REVIEW = Stage.UNIT_FINANCE_REVIEW.code();
    public static final String BUREAU_REVIEW = Stage.BUREAU_REVIEW.code();
    /** The end event 已批准. */
    public static final String APPROVED = Stage.APPROVED.code();
    /** The user-task property naming the level a review task decides at ({@code ReviewLevel}). */
    public static final String REVIEW_LEVEL_PROPERTY = "reviewLevel";

    /** Our id of the submission the instance approves. */
    public static final ProcessVariable<Long> SUBMISSION_ID = new ProcessVariable<>("submissionId", Long.class);
    /** Set by 自动校验: no finding of severity ERROR. */
    public static final ProcessVariable<Boolean> VALIDATION_PASSED =
            new ProcessVariable<>("validationPassed", Boolean.class);
    /** The last reviewer's decision, {@code APPROVE} or {@code RETURN}. */
    public static final ProcessVariable<String> DECISION = new ProcessVariable<>("decision", String.class);

    /**
     * The forms of this process, for the engine's guard: what each user task's form may submit
     * ({@link FormVariables#BY_TASK}). Who a task is for (the leader, the unit's finance) is read from the submission
     * in our tables, never from a variable a client could have written.
     */
    @Component
    public static class Forms implements ProcessForms {
        @Override
        public String processKey() {
            return KEY;
        }

        @Override
        public Map<String, FormContract> formsByTask() {
            return FormVariables.BY_TASK;
        }

        /** Every filed table is a version, every decision with its opinion a review decision, in our tables. */
        @Override
        public boolean keepsSubmissions() {
            return true;
        }

        /**
         * Whether each version passed is its validation run, each decision a review decision; the submission's id
         * never changes.
         */
        @Override
        public Set<String> variablesRecordedElsewhere() {
            return Set.of(SUBMISSION_ID.name(), VALIDATION_PASSED.name(), DECISION.name());
        }

        /** Who filed and who decided: each version and each decision names them. */
        @Override
        public boolean recordsWhoWorkedOnIt() {
            return true;
        }
    }

    private ApprovalProcess() {
    }
}
