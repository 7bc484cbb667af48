package com.perftarget.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.perftarget.table.Indicator;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableDraftChecker;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;

/** Variants of a table draft for tests: one field changed, the rest as it was. */
public final class Drafts {

    private Drafts() {
    }

    /** The typed table a (valid) draft files, for the unit it names. */
    public static TargetTable table(TableDraft d) {
        return new TableDraftChecker().check(d, d.unitCode());
    }

    /** The draft with one header or narrative field set to {@code value}. */
    public static TableDraft withField(TableDraft d, TableField field, String value) {
        Function<TableField, String> v = f -> f == field ? value : d.value(f);
        return new TableDraft(v.apply(TableField.PROJECT_NAME), v.apply(TableField.UNIT_CODE),
                v.apply(TableField.FUND_USE), v.apply(TableField.LEADER), v.apply(TableField.CONTACT),
                v.apply(TableField.PHONE), v.apply(TableField.START_DATE), v.apply(TableField.END_DATE),
                v.apply(TableField.TOTAL_AMOUNT), v.apply(TableField.YEAR_AMOUNT), v.apply(TableField.LAST_TOTAL_AMOUNT),
                v.apply(TableField.LAST_YEAR_AMOUNT), v.apply(TableField.OVERVIEW), v.apply(TableField.BASIS),
                v.apply(TableField.NECESSITY), v.apply(TableField.MEASURES), v.apply(TableField.PLAN),
                v.apply(TableField.REMARKS), v.apply(TableField.OVERALL_GOAL), v.apply(TableField.ANNUAL_GOAL),
                d.indicators());
    }

    /** The draft with other indicator rows. */
    public static TableDraft withRows(TableDraft d, List<Indicator> rows) {
        return new TableDraft(d.projectName(), d.unitCode(), d.fundUse(), d.leader(), d.contact(), d.phone(),
                d.startDate(), d.endDate(), d.totalAmount(), d.yearAmount(), d.lastTotalAmount(), d.lastYearAmount(),
                d.overview(), d.basis(), d.necessity(), d.measures(), d.plan(), d.remarks(), d.overallGoal(),
                d.annualGoal(), rows);
    }

    public static TableDraft withAmounts(TableDraft d, String totalAmount, String yearAmount) {
        return withField(withField(d, TableField.TOTAL_AMOUNT, totalAmount), TableField.YEAR_AMOUNT, yearAmount);
    }

    public static TableDraft withDates(TableDraft d, String startDate, String endDate) {
        return withField(withField(d, TableField.START_DATE, startDate), TableField.END_DATE, endDate);
    }

    public static TableDraft withRow(TableDraft d, int index, Indicator row) {
        List<Indicator> rows = new ArrayList<>(d.indicators());
        rows.set(index, row);
        return withRows(d, rows);
    }

    public static TableDraft withTarget(TableDraft d, int index, String target) {
        Indicator old = d.indicators().get(index);
        return withRow(d, index, new Indicator(old.level1(), old.level2(), old.name(), target));
    }
}
