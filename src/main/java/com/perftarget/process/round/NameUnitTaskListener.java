package com.perftarget.process.round;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.perftarget.unit.BudgetUnit;
import com.perftarget.unit.BudgetUnitRepository;

/**
 * On a unit task created: its name says which unit and year, as the bureau's list holds one 批复单位预算 per unit
 * ({@code 批复单位预算：济源市公安局交通管理支队（020008，2022）}).
 */
@Component
public class NameUnitTaskListener implements TaskListener {

    private final BudgetUnitRepository units;

    public NameUnitTaskListener(BudgetUnitRepository units) {
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        String unitCode = UnitRoundProcess.UNIT_CODE.from(task);
        String unitName = units.findById(unitCode).map(BudgetUnit::getName).orElse(unitCode);
        task.setName(task.getName() + "：" + unitName + "（" + unitCode + "，" + UnitRoundProcess.ROUND_YEAR.from(task)
                + "）");
    }
}
