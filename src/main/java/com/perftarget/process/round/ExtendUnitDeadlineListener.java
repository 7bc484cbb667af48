package com.perftarget.process.round;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.perftarget.process.EngineReads;
import com.perftarget.process.approval.Actors;
import com.perftarget.process.approval.ApprovalProcess;
import com.perftarget.round.RoundService;
import com.perftarget.round.RoundUnit;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;

/**
 * On 处理逾期单位 completed: the bureau closes the matter or extends the unit's deadline with a reason; an extension
 * moves the due date of every open task of the unit's filing (its projects' 填报 and 单位财务审核 too).
 */
@Component
public class ExtendUnitDeadlineListener implements TaskListener {

    private static final List<String> FILING_TASKS = List.of(ApprovalProcess.FILL_TARGETS,
            ApprovalProcess.UNIT_FINANCE_REVIEW, UnitRoundProcess.PREPARE_UNIT_BUDGET,
            UnitRoundProcess.RESOLVE_CROSS_CHECK, UnitRoundProcess.READ_REMINDER);

    private final RoundService rounds;
    private final EngineReads engine;

    public ExtendUnitDeadlineListener(RoundService rounds, EngineReads engine) {
        this.rounds = rounds;
        this.engine = engine;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = UnitRoundProcess.OVERDUE_DECISION.from(task);
        if (UnitRoundProcess.CLOSE.equals(decision)) {
            return;
        }
        if (!UnitRoundProcess.EXTEND.equals(decision)) {
            throw new InvalidInputException(List.of(new FieldError(UnitRoundProcess.OVERDUE_DECISION.name(),
                    "请选择处理方式：延期（EXTEND）或不延期（CLOSE）")));
        }
        String unitCode = UnitRoundProcess.UNIT_CODE.from(task);
        int year = UnitRoundProcess.ROUND_YEAR.from(task);
        RoundUnit unit = rounds.extend(year, unitCode, UnitRoundProcess.NEW_DEADLINE.from(task),
                UnitRoundProcess.EXTENSION_REASON.from(task), Actors.completing(task));
        Date due = RoundDeadlines.at(unit.getUnitDeadline());
        TaskService tasks = task.getProcessEngineServices().getTaskService();
        // The unit's tasks belong to its 单位财务 and leaders, not to the bureau that moves their deadline.
        engine.asApplication(() -> {
            for (Task open : tasks.createTaskQuery().processInstanceBusinessKeyLike(
                    UnitRoundProcess.businessKey(unitCode, year) + "%").taskDefinitionKeyIn(
                    FILING_TASKS.toArray(String[]::new)).list()) {
                open.setDueDate(due);
                tasks.saveTask(open);
            }
            return null;
        });
    }
}
