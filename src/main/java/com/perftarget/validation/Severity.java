package com.perftarget.validation;

/** 错误 blocks the submission; 警告 is shown to the reviewers; 提示 is information. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
