package com.perftarget.process.round;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.perftarget.round.RoundService;

/** On 编制项目清单和预算数 / 处理交叉校验问题 completed: the unit's budget figures as its 单位财务 entered them. */
@Component
public class RecordUnitFiguresListener implements TaskListener {

    private final RoundService rounds;

    public RecordUnitFiguresListener(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public void notify(DelegateTask task) {
        rounds.recordFigures(UnitRoundProcess.ROUND_YEAR.from(task), UnitRoundProcess.UNIT_CODE.from(task),
                amountText(UnitRoundProcess.GENERAL_PROJECTS.from(task)),
                amountText(UnitRoundProcess.SPECIAL_FUNDS.from(task)));
    }

    /** A number field sends a number; its decimal text is what the amount check reads. */
    static String amountText(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
