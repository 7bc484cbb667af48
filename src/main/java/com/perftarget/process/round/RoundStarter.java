package com.perftarget.process.round;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.perftarget.process.EngineReads;
import com.perftarget.round.NewRound;

/**
 * Opens a round as its start form does, for the API: one {@code budgetRound} instance keyed by the year, started by
 * the caller; its first step records the round or refuses it, and a refusal starts nothing.
 */
@Component
public class RoundStarter {

    private final RuntimeService runtime;
    private final EngineReads engine;

    public RoundStarter(RuntimeService runtime, EngineReads engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    /** The round instance's id. */
    public String open(NewRound round) {
        VariableMap variables = Variables.createVariables();
        RoundProcess.ROUND_YEAR.putIn(variables, round.year());
        RoundProcess.PROFILE.putIn(variables, round.profile());
        RoundProcess.UNITS.putIn(variables, round.units() == null ? null
                : String.join(",", round.units().stream().map(code -> code == null ? "" : code).toList()));
        RoundProcess.UNIT_DEADLINE.putIn(variables, round.unitDeadline());
        RoundProcess.BUREAU_DEADLINE.putIn(variables, round.bureauDeadline());
        return engine.asApplication(() -> runtime.startProcessInstanceByKey(RoundProcess.KEY,
                String.valueOf(round.year()), variables).getId());
    }
}
