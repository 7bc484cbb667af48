package com.perftarget.process.approval;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.perftarget.process.FormContract;
import com.perftarget.process.ProcessForms;
import com.perftarget.process.ProcessVariable;

/**
 * The approval process {@code bpmn/performance-target-approval.bpmn}: its key, the ids its code refers to and
 * its process variables. Variables hold ids, the business key and small decision values only; the table
 * lives in our own tables.
 */
public final class ApprovalProcess {

    public static final String KEY = "performanceTargetApproval";

    public static final String FILL_TARGETS = "fillTargets";
    public static final String VALIDATE_TARGETS = "validateTargets";
    public static final String UNIT_FINANCE_REVIEW = "unitFinanceReview";
    public static final String BUREAU_REVIEW = "bureauReview";
    public static final String TARGETS_APPROVED = "targetsApproved";

    /** Our id of the submission the instance approves. */
    public static final ProcessVariable<Long> SUBMISSION_ID = new ProcessVariable<>("submissionId", Long.class);
    /** Set by 自动校验: no finding of severity ERROR. */
    public static final ProcessVariable<Boolean> VALIDATION_PASSED =
            new ProcessVariable<>("validationPassed", Boolean.class);
    /** The last reviewer's decision, {@code APPROVE} or {@code RETURN}. */
    public static final ProcessVariable<String> DECISION = new ProcessVariable<>("decision", String.class);

    /**
     * What each user task's form may submit. Who a task is for (the leader, the unit's finance) is read from the
     * submission in our tables, never from a variable a client could have written.
     */
    public static final Map<String, FormContract> FORMS = Map.of(
            FILL_TARGETS, FormVariables.FILL_FORM,
            UNIT_FINANCE_REVIEW, FormVariables.REVIEW_FORM,
            BUREAU_REVIEW, FormVariables.REVIEW_FORM);

    /** The forms of this process, for the engine's guard. */
    @Component
    public static class Forms implements ProcessForms {
        @Override
        public String processKey() {
            return KEY;
        }

        @Override
        public Map<String, FormContract> formsByTask() {
            return FORMS;
        }
    }

    private ApprovalProcess() {
    }
}
