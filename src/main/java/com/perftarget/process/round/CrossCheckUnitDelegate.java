package com.perftarget.process.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.perftarget.round.RoundService;
import com.perftarget.validation.ValidationService;

/** 单位交叉校验: the unit's projects against its budget figures, once every project is approved. */
@Component
public class CrossCheckUnitDelegate implements JavaDelegate {

    private final RoundService rounds;

    public CrossCheckUnitDelegate(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean passed = !ValidationService.blocks(rounds.crossCheck(UnitRoundProcess.ROUND_YEAR.from(execution),
                UnitRoundProcess.UNIT_CODE.from(execution)));
        UnitRoundProcess.CROSS_CHECK_PASSED.on(execution, passed);
    }
}
