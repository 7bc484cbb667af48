package com.perftarget.process.round;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.perftarget.process.FormPresenter;
import com.perftarget.process.FormText;
import com.perftarget.process.TaskVariable;
import com.perftarget.round.RoundCalendar;
import com.perftarget.round.RoundService;
import com.perftarget.round.RoundUnit;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.unit.UnitBudget;
import com.perftarget.unit.UnitBudgetRepository;
import com.perftarget.validation.Finding;

/**
 * What the unit process's forms show, from our tables each time one is opened: the unit and its deadline, its
 * projects, its figures, the cross-check's findings, the dates to fill in.
 */
@Component
public class UnitRoundFormPresenter implements FormPresenter {

    public static final TaskVariable<String> UNIT_SUMMARY = new TaskVariable<>("unitSummary", String.class);
    public static final TaskVariable<String> PROJECT_LIST = new TaskVariable<>("projectList", String.class);
    public static final TaskVariable<String> CROSS_CHECK_FINDINGS =
            new TaskVariable<>("crossCheckFindings", String.class);

    private final RoundService rounds;
    private final SubmissionService submissions;
    private final UnitBudgetRepository budgets;

    public UnitRoundFormPresenter(RoundService rounds, SubmissionService submissions, UnitBudgetRepository budgets) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.budgets = budgets;
    }

    @Override
    public String processKey() {
        return UnitRoundProcess.KEY;
    }

    @Override
    public VariableMap present(String taskDefinitionKey, VariableMap engineVariables) {
        VariableMap shown = Variables.createVariables();
        String unitCode = (String) engineVariables.get(UnitRoundProcess.UNIT_CODE.name());
        Integer year = (Integer) engineVariables.get(UnitRoundProcess.ROUND_YEAR.name());
        Optional<RoundUnit> unit = unitCode == null || year == null ? Optional.empty() : rounds.unit(year, unitCode);
        if (unit.isEmpty()) {
            return shown;
        }
        UNIT_SUMMARY.putIn(shown, summary(unit.get()));
        boolean openOnly = taskDefinitionKey.equals(UnitRoundProcess.READ_REMINDER)
                || taskDefinitionKey.equals(UnitRoundProcess.HANDLE_OVERDUE_UNIT);
        PROJECT_LIST.putIn(shown, projectList(openOnly ? rounds.openProjects(year, unitCode)
                : submissions.listActive(unitCode, year), openOnly));
        Optional<UnitBudget> figures = budgets.findById(new UnitBudget.Key(unitCode, year))
                .filter(UnitBudget::hasFigures);
        figures.ifPresent(budget -> {
            shown.putValue(UnitRoundProcess.GENERAL_PROJECTS.name(), budget.getGeneralProjects().toPlainString());
            shown.putValue(UnitRoundProcess.SPECIAL_FUNDS.name(), budget.getSpecialFunds().toPlainString());
        });
        if (taskDefinitionKey.equals(UnitRoundProcess.RESOLVE_CROSS_CHECK)) {
            List<String> lines = rounds.crossCheckFindings(year, unitCode).stream().map(Finding::message).toList();
            CROSS_CHECK_FINDINGS.putIn(shown, FormText.list("**交叉校验发现的问题**（可增加或撤回项目、更正预算数）",
                    lines, false));
        }
        String today = RoundCalendar.today().toString();
        UnitRoundProcess.APPROVED_ON.putIn(shown, today);
        UnitRoundProcess.PUBLISHED_ON.putIn(shown, today);
        return shown;
    }

    private static String summary(RoundUnit unit) {
        StringBuilder text = new StringBuilder("**单位 ").append(unit.getUnitCode()).append(" · ")
                .append(unit.getYear()).append(" 年度**  \n报送截止日：").append(unit.getUnitDeadline());
        if (unit.getCrossCheck() != null) {
            text.append("  \n交叉校验：").append(unit.getCrossCheck().label());
        }
        if (unit.getApprovedOn() != null) {
            text.append("  \n批复日期：").append(unit.getApprovedOn()).append("，应在 ")
                    .append(RoundCalendar.publicationDeadline(unit.getApprovedOn())).append(" 前公开（")
                    .append("/api/units/").append(unit.getUnitCode()).append("/years/").append(unit.getYear())
                    .append("/disclosure?format=pdf 可下载公开文件）");
        }
        return text.toString();
    }

    private static String projectList(List<Submission> projects, boolean openOnly) {
        BigDecimal total = projects.stream().map(Submission::getYearAmount).filter(amount -> amount != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String heading = (openOnly ? "**尚未批准的项目**" : "**本单位项目**") + "：" + projects.size() + " 个，本年度金额合计 "
                + total.toPlainString() + " 万元";
        List<String> lines = projects.stream().map(project -> project.getBusinessKey() + " " + project.getProjectName()
                + "（" + project.getStage().label() + "，" + Optional.ofNullable(project.getYearAmount())
                .map(BigDecimal::toPlainString).orElse("—") + " 万元）").toList();
        return FormText.list(heading, lines, false);
    }
}
