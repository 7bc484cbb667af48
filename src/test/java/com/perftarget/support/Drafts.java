package com.perftarget.support;

import java.util.ArrayList;
import java.util.List;

import com.perftarget.submission.Indicator;
import com.perftarget.submission.TableDraft;

/** Variants of a table draft for tests: one field changed, the rest as it was. */
public final class Drafts {

    private Drafts() {
    }

    public static TableDraft withAmounts(TableDraft d, String totalAmount, String yearAmount) {
        return new TableDraft(d.projectName(), d.unitCode(), d.fundUse(), d.leader(), d.contact(), d.phone(),
                d.startDate(), d.endDate(), totalAmount, yearAmount, d.lastTotalAmount(), d.lastYearAmount(),
                d.overview(), d.basis(), d.necessity(), d.measures(), d.plan(), d.remarks(), d.overallGoal(),
                d.annualGoal(), d.indicators());
    }

    public static TableDraft withDates(TableDraft d, String startDate, String endDate) {
        return new TableDraft(d.projectName(), d.unitCode(), d.fundUse(), d.leader(), d.contact(), d.phone(),
                startDate, endDate, d.totalAmount(), d.yearAmount(), d.lastTotalAmount(), d.lastYearAmount(),
                d.overview(), d.basis(), d.necessity(), d.measures(), d.plan(), d.remarks(), d.overallGoal(),
                d.annualGoal(), d.indicators());
    }

    public static TableDraft withRow(TableDraft d, int index, Indicator row) {
        List<Indicator> rows = new ArrayList<>(d.indicators());
        rows.set(index, row);
        return new TableDraft(d.projectName(), d.unitCode(), d.fundUse(), d.leader(), d.contact(), d.phone(),
                d.startDate(), d.endDate(), d.totalAmount(), d.yearAmount(), d.lastTotalAmount(), d.lastYearAmount(),
                d.overview(), d.basis(), d.necessity(), d.measures(), d.plan(), d.remarks(), d.overallGoal(),
                d.annualGoal(), rows);
    }

    public static TableDraft withTarget(TableDraft d, int index, String target) {
        Indicator old = d.indicators().get(index);
        return withRow(d, index, new Indicator(old.level1(), old.level2(), old.name(), target));
    }
}
