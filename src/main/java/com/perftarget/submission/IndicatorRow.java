package com.perftarget.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import com.perftarget.table.Indicator;

/** An indicator row as stored; its order is the list position. */
@Embeddable
public class IndicatorRow {

    private String level1;
    private String level2;
    private String name;
    private String target;

    protected IndicatorRow() {
    }

    IndicatorRow(Indicator indicator) {
        this.level1 = indicator.level1();
        this.level2 = indicator.level2();
        this.name = indicator.name();
        this.target = indicator.target();
    }

    Indicator toIndicator() {
        return new Indicator(level1, level2, name, target);
    }
}
