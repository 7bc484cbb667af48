package com.perftarget.process;

import java.util.Map;

import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.VariableMap;

/** A task completion with variables: the guard admits them, then the engine submits, in one transaction. */
final class GuardedSubmitTaskFormCmd implements Command<VariableMap> {

    private final FormSubmissionGuard guard;
    private final String taskId;
    private final Map<String, ?> variables;
    private final boolean returnVariables;
    private final boolean deserializeValues;

    GuardedSubmitTaskFormCmd(FormSubmissionGuard guard, String taskId, Map<String, ?> variables,
                             boolean returnVariables, boolean deserializeValues) {
        this.guard = guard;
        this.taskId = taskId;
        this.variables = variables;
        this.returnVariables = returnVariables;
        this.deserializeValues = deserializeValues;
    }

    @Override
    public VariableMap execute(CommandContext context) {
        return new SubmitTaskFormCmd(taskId, guard.admit(context, taskId, variables), returnVariables,
                deserializeValues).execute(context);
    }
}
