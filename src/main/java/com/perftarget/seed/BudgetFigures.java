package com.perftarget.seed;

import java.math.BigDecimal;

/** 项目支出 of 一般公共预算 in a unit's budget tables, and its split into 一般性项目 and 专项资金 (万元). */
public record BudgetFigures(BigDecimal projectExpenditure, BigDecimal generalProjects, BigDecimal specialFunds) {

    private static final String TABLE_TITLE = "单位收支总体情况表";
    private static final String PROJECT_EXPENDITURE = "二、项目支出";
    private static final String GENERAL_PROJECTS = "一般性项目";
    private static final String SPECIAL_FUNDS = "专项资金";
    /** In 单位收支总体情况表 the 一般公共预算 小计 column stands four cells after a row's label. */
    private static final int GENERAL_BUDGET_COLUMN = 4;

    /** Reads the figures from the 单位收支总体情况表 of a budget explanation in the seed's text form. */
    public static BudgetFigures parse(String document) {
        int table = document.indexOf(TABLE_TITLE);
        if (table < 0) {
            throw new IllegalArgumentException("no " + TABLE_TITLE + " in the document");
        }
        String[] lines = document.substring(table).split("\n");
        return new BudgetFigures(column(lines, PROJECT_EXPENDITURE), column(lines, GENERAL_PROJECTS),
                column(lines, SPECIAL_FUNDS));
    }

    private static BigDecimal column(String[] lines, String label) {
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            for (int c = 0; c + GENERAL_BUDGET_COLUMN < cells.length; c++) {
                if (cells[c].strip().equals(label)) {
                    return new BigDecimal(cells[c + GENERAL_BUDGET_COLUMN].strip().replace(",", ""));
                }
            }
        }
        throw new IllegalArgumentException("no row " + label + " in the budget table");
    }
}
