package com.perftarget.review;

/** 通过 / 退回. */
public enum Decision {
    APPROVE("通过"),
    RETURN("退回");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
