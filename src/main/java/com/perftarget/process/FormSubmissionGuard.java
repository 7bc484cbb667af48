package com.perftarget.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.AbstractTypedValue;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import com.perftarget.shared.ControlCharacters;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;

/**
 * The one gate through which people's input reaches a process. Whoever calls — Tasklist, {@code /engine-rest},
 * our API — a task of a process takes only the fields its form defines ({@link FormContract}), of the kinds the
 * form sends, short enough for the engine to store and free of control characters. What it takes lives as long as the
 * completion (transient variables its listeners read; our tables keep what matters), except the fields a form keeps
 * as process variables (a reviewer's decision). Nothing a client sends can set another process variable such as
 * {@code submissionId}, nor who a task belongs to, nor end a process by a BPMN error or escalation. Refusals name
 * each field in Chinese and leave nothing written.
 *
 * <p>Why here and not in the listeners: a completion writes its variables before any listener runs, and a process
 * variable written by {@code /complete} never passes a task listener at all. Guarding the engine's services covers
 * every caller at once.
 */
public class FormSubmissionGuard {

    /** The engine keeps a String variable in a {@code varchar(4000)} column ({@code ACT_RU_VARIABLE.TEXT_}). */
    public static final int MAX_STRING_LENGTH = 4000;

    /** A list field's JSON: far above 200 rows of four 200-character cells, far below what hurts. */
    static final int MAX_JSON_LENGTH = 512 * 1024;

    private final Map<String, Map<String, FormContract>> formsByProcess;

    public FormSubmissionGuard(Map<String, Map<String, FormContract>> formsByProcess) {
        this.formsByProcess = Map.copyOf(formsByProcess);
    }

    /**
     * Refuses variables the task's form does not define, in a short read command of its own. A refusal first checks
     * that the caller may work on the task, so that it tells a stranger nothing; what passes is checked again by the
     * engine's own command.
     */
    void checkWrites(CommandExecutor engine, String taskId, Map<String, ?> variables) {
        if (!isEmpty(variables)) {
            engine.execute(context -> admit(context, taskId, variables));
        }
    }

    /** As {@link #refuse(CommandContext, String, String)}, in a short read command of its own. */
    void refuse(CommandExecutor engine, String taskId, String what) {
        engine.execute(context -> {
            refuse(context, taskId, what);
            return null;
        });
    }

    /**
     * What a completion of the task may pass on to the engine: the checked variables, each transient (read by the
     * completion's listeners, never stored) unless its field is kept or the task already holds it as its own (a draft
     * saved on the task, or a task created before forms stopped storing their table). A task of no declared process
     * (an administrator's alert) takes its variables as they come. Typed values passed in are marked transient
     * themselves: callers hand over a fresh map per completion.
     */
    public VariableMap admit(CommandContext context, String taskId, Map<String, ?> variables) {
        VariableMap typed = variables instanceof VariableMap map ? map
                : Variables.fromMap(new HashMap<String, Object>(variables == null ? Map.of() : variables));
        if (typed.isEmpty()) {
            return typed;
        }
        TaskEntity task = processTask(context, taskId);
        if (task == null) {
            return typed;
        }
        FormContract form = formOf(context, task);
        List<FieldError> errors = new ArrayList<>();
        VariableMap admitted = Variables.createVariables();
        for (String name : typed.keySet()) {
            TypedValue value = typed.getValueTyped(name);
            FormContract.Field field = form.field(name).orElse(null);
            if (field == null) {
                errors.add(new FieldError(shown(name), "「" + shown(name) + "」不是此表单的字段，不能提交"));
                continue;
            } else if (!field.kind().accepts(value)) {
                errors.add(new FieldError(name, field.label() + "的内容类型不正确"));
                continue;
            } else if (value instanceof StringValue || value.getType() == null) {
                if (value.getValue() instanceof String text) {
                    checkText(field, text, errors);
                }
            } else if (value instanceof SerializableValue json && json.getValueSerialized() != null
                    && json.getValueSerialized().length() > MAX_JSON_LENGTH) {
                errors.add(new FieldError(name, field.label() + "内容过长"));
            }
            admitted.putValueTyped(name, field.kept() || task.hasVariableLocal(name) ? value : transientOf(value));
        }
        if (!errors.isEmpty()) {
            // A refusal never tells a stranger about a task; on success the engine's own command checks the same.
            checkWork(context, task);
            throw new InvalidInputException(errors);
        }
        return admitted;
    }

    /** Refuses a change a form never makes (removing variables, a BPMN error or escalation) on a process's task. */
    public void refuse(CommandContext context, String taskId, String what) {
        if (authorizedProcessTask(context, taskId) != null) {
            throw new InvalidInputException(List.of(new FieldError("task", "审批任务只能通过提交表单办理，不能" + what)));
        }
    }

    /** The same value, living only as long as the command that gets it. */
    private static TypedValue transientOf(TypedValue value) {
        if (value instanceof AbstractTypedValue<?> typed) {
            typed.setTransient(true);
            return typed;
        }
        if (value instanceof UntypedValueImpl untyped) {
            return Variables.untypedValue(untyped.getValue(), true);
        }
        return ValueType.NULL.equals(value.getType()) ? Variables.untypedNullValue(true) : value;
    }

    private static void checkText(FormContract.Field field, String text, List<FieldError> errors) {
        if (text.length() > MAX_STRING_LENGTH) {
            errors.add(new FieldError(field.name(), field.label() + "最多 " + MAX_STRING_LENGTH + " 个字，现有 "
                    + text.length() + " 个字"));
        } else if (ControlCharacters.in(text)) {
            errors.add(new FieldError(field.name(), ControlCharacters.message(field.label())));
        }
    }

    /**
     * The task if it belongs to a process and the caller may work on it; the engine's own command answers unknown
     * ids and standalone tasks. Authorization comes first so that a refusal never tells a stranger about a task.
     */
    private static TaskEntity authorizedProcessTask(CommandContext context, String taskId) {
        TaskEntity task = processTask(context, taskId);
        if (task != null) {
            checkWork(context, task);
        }
        return task;
    }

    private static TaskEntity processTask(CommandContext context, String taskId) {
        if (taskId == null) {
            return null;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        return task == null || task.getProcessDefinitionId() == null ? null : task;
    }

    private static void checkWork(CommandContext context, TaskEntity task) {
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkTaskWork(task);
        }
    }

    /** The task's form; a task nobody declared a form for takes no variables at all. */
    private FormContract formOf(CommandContext context, TaskEntity task) {
        return formsByProcess.getOrDefault(processKeyOf(context, task), Map.of())
                .getOrDefault(task.getTaskDefinitionKey(), FormContract.NONE);
    }

    static String processKeyOf(CommandContext context, TaskEntity task) {
        return context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
    }

    private static String shown(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "…";
    }

    static boolean isEmpty(Map<String, ?> variables) {
        return variables == null || variables.isEmpty();
    }

    static boolean isEmpty(Collection<String> names) {
        return names == null || names.isEmpty();
    }
}
