package com.perftarget.process;

import org.camunda.bpm.engine.variable.VariableMap;

/**
 * What one process's forms show beside the engine's own variables: computed from our tables each time a form is
 * opened ({@code /task/{id}/form-variables}, as Tasklist asks), never stored on a task, so that a task costs the engine
 * no more than a bare one (the table lives in our tables and in its versions already).
 */
public interface FormPresenter {

    String processKey();

    /**
     * The values the form of {@code taskDefinitionKey} shows; {@code engineVariables} are those the engine holds for
     * the task (the process's ids and decisions).
     */
    VariableMap present(String taskDefinitionKey, VariableMap engineVariables);
}
