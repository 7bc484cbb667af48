package com.perftarget.process;

import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's form service behind {@link FormSubmissionGuard}: a submitted task form carries its own fields only. */
class GuardedFormService extends FormServiceImpl {

    private final FormSubmissionGuard guard;

    GuardedFormService(FormSubmissionGuard guard) {
        this.guard = guard;
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
        guard.checkWrites(commandExecutor, taskId, properties);
        super.submitTaskForm(taskId, properties);
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                                                           boolean deserializeValues) {
        guard.checkWrites(commandExecutor, taskId, properties);
        return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
    }
}
