package com.perftarget.process.round;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.perftarget.process.FormContract;
import com.perftarget.process.ProcessForms;
import com.perftarget.process.ProcessVariable;
import com.perftarget.process.TaskVariable;

/**
 * One unit's part of a round, {@code bpmn/unit-budget-round.bpmn}: its ids, variables and forms. Its business key is
 * {@code {unitCode}-{year}}; each project's approval is called from it under the project's own key.
 */
public final class UnitRoundProcess {

    public static final String KEY = "unitBudgetRound";

    public static final String PREPARE_UNIT_BUDGET = "prepareUnitBudget";
    public static final String RESOLVE_CROSS_CHECK = "resolveCrossCheck";
    public static final String READ_REMINDER = "readReminder";
    public static final String HANDLE_OVERDUE_UNIT = "handleOverdueUnit";
    public static final String APPROVE_UNIT_BUDGET = "approveUnitBudget";
    public static final String PUBLISH_UNIT_BUDGET = "publishUnitBudget";
    /** The event sub-process a project's approval runs in. */
    public static final String PROJECT_APPROVAL = "projectApproval";
    /** The message that brings a project into the unit's filing. */
    public static final String PROJECT_ADDED = "projectAdded";

    public static final ProcessVariable<String> UNIT_CODE = new ProcessVariable<>("unitCode", String.class);
    public static final ProcessVariable<Integer> ROUND_YEAR = RoundProcess.ROUND_YEAR;
    /** How many of the unit's projects are neither approved nor withdrawn; 0 lets the cross-check run. */
    public static final ProcessVariable<Integer> OPEN_PROJECTS = new ProcessVariable<>("openProjects", Integer.class);
    public static final ProcessVariable<Boolean> CROSS_CHECK_PASSED =
            new ProcessVariable<>("crossCheckPassed", Boolean.class);
    /** Local to a project's approval: the business key its called approval runs under. */
    public static final ProcessVariable<String> PROJECT_BUSINESS_KEY =
            new ProcessVariable<>("projectBusinessKey", String.class);

    /** Amounts as a number field sends them (a number) or an API client (text). */
    public static final TaskVariable<Object> GENERAL_PROJECTS = new TaskVariable<>("generalProjects", Object.class);
    public static final TaskVariable<Object> SPECIAL_FUNDS = new TaskVariable<>("specialFunds", Object.class);
    /** The bureau's choice on a late unit: {@code EXTEND} or {@code CLOSE}; its gateway reads it. */
    public static final TaskVariable<String> OVERDUE_DECISION = new TaskVariable<>("overdueDecision", String.class);
    public static final String EXTEND = "EXTEND";
    public static final String CLOSE = "CLOSE";
    public static final TaskVariable<String> NEW_DEADLINE = new TaskVariable<>("newDeadline", String.class);
    public static final TaskVariable<String> EXTENSION_REASON = new TaskVariable<>("extensionReason", String.class);
    public static final TaskVariable<String> APPROVED_ON = new TaskVariable<>("approvedOn", String.class);
    public static final TaskVariable<String> PUBLISHED_ON = new TaskVariable<>("publishedOn", String.class);

    private static final FormContract FIGURES = FormContract.of(List.of(
            new FormContract.Field(GENERAL_PROJECTS.name(), "一般性项目（万元）", FormContract.Kind.NUMBER),
            new FormContract.Field(SPECIAL_FUNDS.name(), "专项资金（万元）", FormContract.Kind.NUMBER)));

    /** Each user task and what its form may submit; all of it goes to our tables but the overdue decision. */
    public static final Map<String, FormContract> FORMS = Map.of(
            PREPARE_UNIT_BUDGET, FIGURES,
            RESOLVE_CROSS_CHECK, FIGURES,
            READ_REMINDER, FormContract.NONE,
            HANDLE_OVERDUE_UNIT, FormContract.of(List.of(
                    FormContract.Field.kept(OVERDUE_DECISION.name(), "处理方式", FormContract.Kind.TEXT),
                    new FormContract.Field(NEW_DEADLINE.name(), "延期后的截止日", FormContract.Kind.TEXT),
                    new FormContract.Field(EXTENSION_REASON.name(), "延期理由", FormContract.Kind.TEXT))),
            APPROVE_UNIT_BUDGET, FormContract.of(List.of(
                    new FormContract.Field(APPROVED_ON.name(), "批复日期", FormContract.Kind.TEXT))),
            PUBLISH_UNIT_BUDGET, FormContract.of(List.of(
                    new FormContract.Field(PUBLISHED_ON.name(), "公开日期", FormContract.Kind.TEXT))));

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

        @Override
        public boolean keepsSubmissions() {
            return true;
        }
    }

    /** The unit process's business key. */
    public static String businessKey(String unitCode, int year) {
        return unitCode + "-" + year;
    }

    private UnitRoundProcess() {
    }
}
