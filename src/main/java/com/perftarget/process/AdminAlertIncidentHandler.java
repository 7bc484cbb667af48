package com.perftarget.process;

import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;

import com.perftarget.access.Groups;

/**
 * An incident (a job that failed and has no retries left, e.g. a failed 自动校验) is not only shown in Cockpit: in the
 * same transaction it becomes a Tasklist task for the administrators ({@code camunda-admin}) that names the table,
 * the step and the failure, and links to the instance in Cockpit. The engine's own incident handling is unchanged.
 */
class AdminAlertIncidentHandler extends DefaultIncidentHandler {

    static final String NAME_PREFIX = "处理故障：";
    private static final int NAME_LIMIT = 255;
    private static final int DESCRIPTION_LIMIT = 4000;
    private static final int MESSAGE_LIMIT = 1000;

    /** The project name of a business key, when our tables know it. */
    private final Function<String, Optional<String>> projectOf;

    AdminAlertIncidentHandler(String type, Function<String, Optional<String>> projectOf) {
        super(type);
        this.projectOf = projectOf;
    }

    @Override
    public Incident handleIncident(IncidentContext context, String message) {
        Incident incident = super.handleIncident(context, message);
        ExecutionEntity execution = context.getExecutionId() == null ? null
                : Context.getCommandContext().getExecutionManager().findExecutionById(context.getExecutionId());
        String businessKey = execution == null ? null : execution.getProcessBusinessKey();
        String table = Optional.ofNullable(businessKey).flatMap(projectOf)
                .map(project -> "「" + project + "」（" + businessKey + "）")
                .orElse(businessKey == null ? "流程实例 " + incident.getProcessInstanceId() : businessKey);
        String step = stepName(execution, context.getActivityId());

        TaskService tasks = Context.getProcessEngineConfiguration().getTaskService();
        Task task = tasks.newTask();
        task.setName(cut(NAME_PREFIX + table + " 的" + step, NAME_LIMIT));
        task.setPriority(80);
        task.setDescription(cut(table + " 的「" + step + "」失败，重试次数已用完，流程停在这一步。\n失败原因："
                + cut(message == null ? "（未记录）" : message, MESSAGE_LIMIT)
                + "\n请排除原因后在 Cockpit 中重试该作业：/camunda/app/cockpit/default/#/process-instance/"
                + incident.getProcessInstanceId() + "/runtime\n故障编号：" + incident.getId(), DESCRIPTION_LIMIT));
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), Groups.ADMIN);
        return incident;
    }

    private static String stepName(ExecutionEntity execution, String activityId) {
        if (execution != null && activityId != null) {
            ActivityImpl activity = execution.getProcessDefinition().findActivity(activityId);
            if (activity != null && activity.getName() != null) {
                return activity.getName();
            }
        }
        return activityId == null ? "流程步骤" : activityId;
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
