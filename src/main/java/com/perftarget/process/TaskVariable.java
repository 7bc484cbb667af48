package com.perftarget.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A value a form shows or submits, declared once with its name and type. Shown: computed when the form is opened
 * ({@link FormPresenter}); submitted: read by the completion's listeners, and dropped with the completion unless its
 * form field is {@linkplain FormContract.Field#kept kept} (see {@link FormSubmissionGuard}).
 */
public record TaskVariable<T>(String name, Class<T> type) {

    /** What the completion of {@code task} submitted under this name. */
    public T from(DelegateTask task) {
        return type.cast(task.getVariable(name));
    }

    public void putIn(VariableMap variables, T value) {
        variables.putValue(name, value);
    }
}
