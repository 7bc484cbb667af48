package com.perftarget.process.round;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.perftarget.process.approval.Actors;
import com.perftarget.round.RoundService;

/** On 批复单位预算 completed: the 批复 and its date; the unit's 20-day 公开 deadline runs from it. */
@Component
public class RecordUnitApprovalListener implements TaskListener {

    private final RoundService rounds;

    public RecordUnitApprovalListener(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public void notify(DelegateTask task) {
        rounds.approve(UnitRoundProcess.ROUND_YEAR.from(task), UnitRoundProcess.UNIT_CODE.from(task),
                UnitRoundProcess.APPROVED_ON.from(task), Actors.completing(task));
    }
}
