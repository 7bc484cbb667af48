package com.perftarget.support;

import java.util.ArrayList;
import java.util.List;

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
        return TableDraft.of(f -> f == field ? value : f.of(d), d.indicators());
    }

    /** The draft with other indicator rows. */
    public static TableDraft withRows(TableDraft d, List<Indicator> rows) {
        return TableDraft.of(field -> field.of(d), rows);
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
