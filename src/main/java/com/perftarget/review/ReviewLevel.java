package com.perftarget.review;

/** Which reviewer decided: the unit's finance (单位财务) or the finance bureau (财政局). */
public enum ReviewLevel {
    UNIT_FINANCE("单位财务"),
    FINANCE_BUREAU("财政局");

    private final String label;

    ReviewLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
