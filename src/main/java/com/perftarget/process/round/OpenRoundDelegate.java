package com.perftarget.process.round;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.perftarget.process.FormText;
import com.perftarget.round.NewRound;
import com.perftarget.round.RoundService;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;

/**
 * 登记预算轮次: records the round its start form asked for, then drops the form's values but the year. A refusal (a
 * bad field, or a variable the form does not have) fails the start itself, so that no unit process is left behind.
 */
@Component
public class OpenRoundDelegate implements JavaDelegate {

    /** What the start form (or {@code RoundStarter}) may set, and the initiator the engine sets. */
    private static final Set<String> START_FORM = Set.of(RoundProcess.ROUND_YEAR.name(),
            RoundProcess.ROUND_OPENER.name(), RoundProcess.PROFILE.name(), RoundProcess.UNITS.name(),
            RoundProcess.UNIT_DEADLINE.name(), RoundProcess.BUREAU_DEADLINE.name());

    private final RoundService rounds;

    public OpenRoundDelegate(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<FieldError> strangers = execution.getVariableNames().stream().filter(name -> !START_FORM.contains(name))
                .sorted().map(name -> new FieldError(name, "「" + FormText.abbreviated(name, 40)
                        + "」不是开启预算轮次表单的字段，不能提交")).toList();
        if (!strangers.isEmpty()) {
            throw new InvalidInputException(strangers);
        }
        String units = RoundProcess.UNITS.from(execution);
        List<String> codes = units == null || units.isBlank() ? List.of()
                : Arrays.stream(units.split("[,，、\\s]+")).filter(code -> !code.isEmpty()).toList();
        Integer year = yearOf(execution.getVariable(RoundProcess.ROUND_YEAR.name()));
        RoundProcess.ROUND_YEAR.on(execution, year);
        rounds.open(new NewRound(year, RoundProcess.PROFILE.from(execution), codes,
                RoundProcess.UNIT_DEADLINE.from(execution), RoundProcess.BUREAU_DEADLINE.from(execution)),
                RoundProcess.ROUND_OPENER.from(execution));
        List.of(RoundProcess.PROFILE, RoundProcess.UNITS, RoundProcess.UNIT_DEADLINE, RoundProcess.BUREAU_DEADLINE)
                .forEach(variable -> execution.removeVariable(variable.name()));
    }

    /** The year as a number field sends it (a whole number of any type) or as text; anything else is no year. */
    private static Integer yearOf(Object value) {
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < Integer.MAX_VALUE) {
            return number.intValue();
        }
        if (value instanceof String text && text.strip().matches("\\d{1,9}")) {
            return Integer.valueOf(text.strip());
        }
        return null;
    }
}
