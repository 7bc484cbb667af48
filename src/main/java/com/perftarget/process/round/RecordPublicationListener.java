package com.perftarget.process.round;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.perftarget.round.RoundService;

/** On 预算公开 completed: the date the unit published its budget and performance targets. */
@Component
public class RecordPublicationListener implements TaskListener {

    private final RoundService rounds;

    public RecordPublicationListener(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public void notify(DelegateTask task) {
        rounds.publish(UnitRoundProcess.ROUND_YEAR.from(task), UnitRoundProcess.UNIT_CODE.from(task),
                UnitRoundProcess.PUBLISHED_ON.from(task));
    }
}
