package com.perftarget.submission;

/** How the budget tables count a project: 一般性项目 or 专项资金. */
public enum FundKind {
    GENERAL("一般性项目"),
    SPECIAL("专项资金");

    private final String label;

    FundKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
