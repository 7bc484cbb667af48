package com.perftarget.process;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task service behind {@link FormSubmissionGuard}: every variable a caller writes to a task passes the
 * task's form contract. Variables set on a task stay on it (a saved draft); a completion with variables is a form
 * submission, checked and submitted in one transaction, so {@code /complete} and {@code /submit-form} behave alike. The check reads only what cannot change (which task of which process, who
 * may work on it); the call itself checks authorization again.
 */
class GuardedTaskService extends TaskServiceImpl {

    private static final String REMOVE = "删除表单字段";

    private final FormSubmissionGuard guard;

    GuardedTaskService(FormSubmissionGuard guard) {
        this.guard = guard;
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        if (FormSubmissionGuard.isEmpty(variables)) {
            super.complete(taskId, variables);
            return;
        }
        commandExecutor.execute(new GuardedSubmitTaskFormCmd(guard, taskId, variables, false, false));
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
                                                     boolean deserializeValues) {
        if (FormSubmissionGuard.isEmpty(variables)) {
            return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
        }
        return commandExecutor.execute(
                new GuardedSubmitTaskFormCmd(guard, taskId, variables, true, deserializeValues));
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
        // What a delegate hands back stays on the task for its owner, as a draft would.
        if (!FormSubmissionGuard.isEmpty(variables)) {
            setVariables(taskId, variables, true);
        }
        super.resolveTask(taskId, null);
    }

    /** Covers setVariable(s) and setVariable(s)Local: only the form's fields, and always on the task itself. */
    @Override
    protected void setVariables(String taskId, Map<String, ? extends Object> variables, boolean local) {
        guard.checkWrites(commandExecutor, taskId, variables);
        super.setVariables(taskId, variables, true);
    }

    @Override
    protected void updateVariables(String taskId, Map<String, ? extends Object> modifications,
                                   Collection<String> deletions, boolean local) {
        if (!FormSubmissionGuard.isEmpty(deletions)) {
            guard.refuse(commandExecutor, taskId, REMOVE);
        }
        guard.checkWrites(commandExecutor, taskId, modifications);
        super.updateVariables(taskId, modifications, deletions, true);
    }

    @Override
    public void removeVariable(String taskId, String variableName) {
        guard.refuse(commandExecutor, taskId, REMOVE);
        super.removeVariable(taskId, variableName);
    }

    @Override
    public void removeVariableLocal(String taskId, String variableName) {
        guard.refuse(commandExecutor, taskId, REMOVE);
        super.removeVariableLocal(taskId, variableName);
    }

    @Override
    public void removeVariables(String taskId, Collection<String> variableNames) {
        guard.refuse(commandExecutor, taskId, REMOVE);
        super.removeVariables(taskId, variableNames);
    }

    @Override
    public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
        guard.refuse(commandExecutor, taskId, REMOVE);
        super.removeVariablesLocal(taskId, variableNames);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
        guard.refuse(commandExecutor, taskId, "以业务错误结束");
        super.handleBpmnError(taskId, errorCode, errorMessage, variables);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
        guard.refuse(commandExecutor, taskId, "升级处理");
        super.handleEscalation(taskId, escalationCode, variables);
    }
}
