package com.perftarget.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A task-local variable declared once with its name and type: what a form shows or submits stays on its task and
 * never reaches the process instance.
 */
public record TaskVariable<T>(String name, Class<T> type) {

    public T from(DelegateTask task) {
        return type.cast(task.getVariableLocal(name));
    }

    public void on(DelegateTask task, T value) {
        task.setVariableLocal(name, value);
    }

    public void putIn(VariableMap variables, T value) {
        variables.putValue(name, value);
    }
}
