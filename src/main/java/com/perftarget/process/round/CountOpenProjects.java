package com.perftarget.process.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.perftarget.round.RoundService;

/**
 * Sets the unit's count of projects still open (neither approved nor withdrawn) on its process instance, where the
 * wait for 全部项目已批准 sees it: when the filing starts and whenever a project's approval ends.
 */
@Component("countOpenProjects")
public class CountOpenProjects implements JavaDelegate, ExecutionListener {

    private final RoundService rounds;

    public CountOpenProjects(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notify(execution);
    }

    @Override
    public void notify(DelegateExecution execution) {
        int open = rounds.openProjectCount(UnitRoundProcess.ROUND_YEAR.from(execution),
                UnitRoundProcess.UNIT_CODE.from(execution));
        execution.getProcessInstance().setVariableLocal(UnitRoundProcess.OPEN_PROJECTS.name(), open);
    }
}
