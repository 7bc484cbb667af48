package com.perftarget.process.round;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.perftarget.access.Groups;
import com.perftarget.round.RoundService;
import com.perftarget.round.RoundUnit;

/** Who takes part in a round, for the models' expressions: its units, and a unit's 单位财务 group. */
@Component("roundParticipants")
public class RoundParticipants {

    private final RoundService rounds;

    public RoundParticipants(RoundService rounds) {
        this.rounds = rounds;
    }

    /** The units of the round, from our tables (a list of hundreds is no process variable). */
    public List<String> unitsOf(DelegateExecution execution) {
        return rounds.units(RoundProcess.ROUND_YEAR.from(execution)).stream().map(RoundUnit::getUnitCode).toList();
    }

    public String unitFinanceGroupOf(DelegateExecution execution) {
        return Groups.unitFinance(UnitRoundProcess.UNIT_CODE.from(execution));
    }
}
