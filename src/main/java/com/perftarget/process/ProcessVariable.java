package com.perftarget.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/** A process variable declared once with its name and type, read and written only through here. */
public record ProcessVariable<T>(String name, Class<T> type) {

    public T from(VariableScope scope) {
        return type.cast(scope.getVariable(name));
    }

    public void on(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void putIn(VariableMap variables, T value) {
        variables.putValue(name, value);
    }
}
