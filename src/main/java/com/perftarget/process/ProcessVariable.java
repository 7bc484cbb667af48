package com.perftarget.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/** A process variable declared once with its name and type, read and written only through here. */
public record ProcessVariable<T>(String name, Class<T> type) {

    public T from(VariableScope scope) {
        return type.cast(scope.getVariable(name));
    }

    /**
     * Read from the task's process scope, where process variables live: the engine then need not look up the task's
     * own variables first (a query for a task just created), and no task variable of the same name can stand in.
     */
    public T from(DelegateTask task) {
        return from(task.getExecution());
    }

    public void on(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void putIn(VariableMap variables, T value) {
        variables.putValue(name, value);
    }
}
