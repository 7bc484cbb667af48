package com.perftarget.process;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The engine's form service behind {@link FormSubmissionGuard} (a submitted task form carries its own fields only,
 * checked and submitted in one transaction) and in front of each process's {@link FormPresenter} (an opened form shows
 * what the presenter computes; a value the task holds as its own wins).
 */
class GuardedFormService extends FormServiceImpl {

    private final FormSubmissionGuard guard;
    private final Function<String, FormPresenter> presenters;

    GuardedFormService(FormSubmissionGuard guard, Function<String, FormPresenter> presenters) {
        this.guard = guard;
        this.presenters = presenters;
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
        commandExecutor.execute(new GuardedSubmitTaskFormCmd(guard, taskId, properties, false, false));
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                                                           boolean deserializeValues) {
        return commandExecutor.execute(
                new GuardedSubmitTaskFormCmd(guard, taskId, properties, true, deserializeValues));
    }

    @Override
    public VariableMap getTaskFormVariables(String taskId, Collection<String> formVariables,
                                            boolean deserializeObjectValues) {
        return commandExecutor.execute(context -> {
            VariableMap held = new GetTaskFormVariablesCmd(taskId, null, deserializeObjectValues).execute(context);
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            // Asked only for what the engine holds (Tasklist's Excel buttons ask for submissionId): nothing to present.
            boolean engineValuesOnly = formVariables != null && held.keySet().containsAll(formVariables);
            FormPresenter presenter = task.getProcessDefinitionId() == null || engineValuesOnly ? null
                    : presenters.apply(FormSubmissionGuard.processKeyOf(context, task));
            VariableMap shown = Variables.createVariables();
            if (presenter != null) {
                VariableMap presented = presenter.present(task.getTaskDefinitionKey(), held);
                presented.keySet().stream().filter(name -> !task.hasVariableLocal(name))
                        .forEach(name -> shown.putValueTyped(name, presented.getValueTyped(name)));
            }
            held.keySet().stream().filter(name -> !shown.containsKey(name))
                    .forEach(name -> shown.putValueTyped(name, held.getValueTyped(name)));
            if (formVariables != null) {
                shown.keySet().retainAll(formVariables);
            }
            return shown;
        });
    }
}
