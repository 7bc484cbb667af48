package com.perftarget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.perftarget.seed.BudgetFigures;
import com.perftarget.submission.FundKind;
import com.perftarget.support.SeedTables;
import com.perftarget.table.TargetTable;
import com.perftarget.validation.UnitCrossCheck.Budget;
import com.perftarget.validation.UnitCrossCheck.ProjectAmount;

class UnitCrossCheckTest {

    private static final List<String> GENERAL = List.of("车管业务经费", "酒精检测费", "邮递费");
    private static final BudgetFigures FIGURES = BudgetFigures.parse(SeedTables.document());
    private static final Budget BUDGET = new Budget(FIGURES.projectExpenditure(), FIGURES.generalProjects(),
            FIGURES.specialFunds());

    @Test
    void readsTheBudgetFiguresOfTheSeed() {
        assertThat(FIGURES.projectExpenditure()).isEqualByComparingTo("2104.7");
        assertThat(FIGURES.generalProjects()).isEqualByComparingTo("281.5");
        assertThat(FIGURES.specialFunds()).isEqualByComparingTo("1823.2");
    }

    @Test
    void theSeedsProjectsAddUpToItsBudgetTables() {
        assertThat(UnitCrossCheck.check(seedProjects(), BUDGET)).isEmpty();
    }

    @Test
    void aChangedAmountBreaksTheTotalAndItsSide() {
        List<ProjectAmount> projects = new ArrayList<>(seedProjects());
        ProjectAmount postage = projects.get(15);
        projects.set(15, new ProjectAmount(postage.projectName(), postage.fundKind(), new BigDecimal("2.50")));

        assertThat(UnitCrossCheck.check(projects, BUDGET)).extracting(Finding::ruleId)
                .containsExactly("unit.projectExpenditure", "unit.generalProjects");
        assertThat(UnitCrossCheck.check(projects, BUDGET).get(1).message())
                .isEqualTo("一般性项目：各项目本年度金额合计 282.00 万元，与预算表的 281.5 万元不一致（差 0.50 万元）");
    }

    @Test
    void aProjectCountedOnTheWrongSideBreaksBothSides() {
        List<ProjectAmount> projects = new ArrayList<>(seedProjects());
        ProjectAmount first = projects.get(0);
        projects.set(0, new ProjectAmount(first.projectName(), FundKind.SPECIAL, first.yearAmount()));
        assertThat(UnitCrossCheck.check(projects, BUDGET)).extracting(Finding::ruleId)
                .containsExactly("unit.generalProjects", "unit.specialFunds");
    }

    @Test
    void aThousandTablesAreCheckedLikeSixteen() {
        List<ProjectAmount> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(new ProjectAmount("项目" + i, i % 2 == 0 ? FundKind.GENERAL : FundKind.SPECIAL, BigDecimal.ONE));
        }
        assertThat(UnitCrossCheck.check(many, new Budget(new BigDecimal("1000"), new BigDecimal("500"),
                new BigDecimal("500")))).isEmpty();
    }

    private static List<ProjectAmount> seedProjects() {
        return SeedTables.parse().stream().map(t -> {
            TargetTable table = t.table();
            return new ProjectAmount(table.projectName(),
                    GENERAL.contains(table.projectName()) ? FundKind.GENERAL : FundKind.SPECIAL, table.yearAmount());
        }).toList();
    }
}
