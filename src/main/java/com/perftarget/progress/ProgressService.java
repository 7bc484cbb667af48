package com.perftarget.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.round.RoundCalendar;
import com.perftarget.round.RoundService;
import com.perftarget.round.RoundUnit;
import com.perftarget.submission.FundKind;
import com.perftarget.submission.Stage;
import com.perftarget.submission.SubmissionRepository.UnitYearCount;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;
import com.perftarget.unit.BudgetUnit;
import com.perftarget.unit.BudgetUnitRepository;
import com.perftarget.unit.UnitBudget;
import com.perftarget.unit.UnitBudgetRepository;
import com.perftarget.validation.UnitCrossCheck;

/**
 * A budget year at a glance for the bureau: per unit, its projects by status and stage, Σ 本年度金额 and the cross-check
 * against its budget figures, its deadline, 逾期, 批复 and 公开 in the round. Four queries whatever the number of units
 * (counts grouped in the database, the units' names, the year's budget figures, the round's units).
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private final SubmissionService submissions;
    private final BudgetUnitRepository units;
    private final UnitBudgetRepository budgets;
    private final RoundService rounds;

    public ProgressService(SubmissionService submissions, BudgetUnitRepository units, UnitBudgetRepository budgets,
                           RoundService rounds) {
        this.submissions = submissions;
        this.units = units;
        this.budgets = budgets;
        this.rounds = rounds;
    }

    public List<UnitProgress> of(int year) {
        Map<String, List<UnitYearCount>> byUnit = submissions.countByUnit(year).stream()
                .collect(Collectors.groupingBy(UnitYearCount::getUnitCode, TreeMap::new, Collectors.toList()));
        Map<String, RoundUnit> inRound = rounds.units(year).stream()
                .collect(Collectors.toMap(RoundUnit::getUnitCode, Function.identity()));
        // A unit of the round is listed before its first project.
        inRound.keySet().forEach(code -> byUnit.putIfAbsent(code, List.of()));
        Map<String, String> names = units.findAllById(byUnit.keySet()).stream()
                .collect(Collectors.toMap(BudgetUnit::getCode, BudgetUnit::getName));
        Map<String, UnitBudget> figures = budgets.findByYear(year).stream()
                .collect(Collectors.toMap(UnitBudget::getUnitCode, Function.identity()));
        List<UnitProgress> progress = new ArrayList<>();
        byUnit.forEach((unitCode, counts) -> progress.add(unit(unitCode, names.getOrDefault(unitCode, unitCode),
                counts, figures.get(unitCode), standing(inRound.get(unitCode)))));
        return progress;
    }

    private static UnitProgress.RoundStanding standing(RoundUnit unit) {
        if (unit == null) {
            return null;
        }
        boolean overdue = RoundCalendar.today().isAfter(unit.getUnitDeadline())
                && unit.getCrossCheck() != RoundUnit.CrossCheck.PASSED;
        return new UnitProgress.RoundStanding(unit.getUnitDeadline(), overdue,
                unit.getCrossCheck() == null ? null : unit.getCrossCheck().label(), unit.getApprovedOn(),
                unit.getPublishedOn());
    }

    private static UnitProgress unit(String unitCode, String name, List<UnitYearCount> counts, UnitBudget budget,
                                     UnitProgress.RoundStanding round) {
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byStage = new TreeMap<>();
        long projects = 0;
        long withdrawn = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal general = BigDecimal.ZERO;
        for (UnitYearCount count : counts) {
            if (count.getStatus() == SubmissionStatus.WITHDRAWN) {
                withdrawn += count.getCount();
                continue;
            }
            projects += count.getCount();
            byStatus.merge(count.getStatus().name(), count.getCount(), Long::sum);
            byStage.merge(Stage.ofCode(count.getStage()).code(), count.getCount(), Long::sum);
            BigDecimal amount = count.getYearAmount() == null ? BigDecimal.ZERO : count.getYearAmount();
            total = total.add(amount);
            general = count.getFundKind() == FundKind.GENERAL ? general.add(amount) : general;
        }
        return new UnitProgress(unitCode, name, projects, withdrawn, byStatus, byStage, total,
                crossCheck(budget, general, total.subtract(general)), round);
    }

    private static UnitProgress.CrossCheck crossCheck(UnitBudget budget, BigDecimal general, BigDecimal special) {
        if (budget == null || !budget.hasFigures()) {
            return UnitProgress.CrossCheck.NO_FIGURES;
        }
        List<UnitCrossCheck.ProjectAmount> sums = List.of(
                new UnitCrossCheck.ProjectAmount(FundKind.GENERAL.label(), FundKind.GENERAL, general),
                new UnitCrossCheck.ProjectAmount(FundKind.SPECIAL.label(), FundKind.SPECIAL, special));
        return UnitCrossCheck.check(sums, new UnitCrossCheck.Budget(budget.getProjectExpenditure(),
                budget.getGeneralProjects(), budget.getSpecialFunds())).isEmpty()
                ? UnitProgress.CrossCheck.MATCHES : UnitProgress.CrossCheck.MISMATCH;
    }
}
