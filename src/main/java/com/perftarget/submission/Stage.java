package com.perftarget.submission;

import java.util.Arrays;

/**
 * The step a submission waits at; the codes are the BPMN activity ids of the approval process (a withdrawn project
 * has left the process: {@code withdrawn}).
 */
public enum Stage {
    FILL_TARGETS("fillTargets", "填报绩效目标"),
    VALIDATE_TARGETS("validateTargets", "自动校验"),
    UNIT_FINANCE_REVIEW("unitFinanceReview", "单位财务审核"),
    BUREAU_REVIEW("bureauReview", "财政局审核"),
    APPROVED("approved", "已批准"),
    WITHDRAWN("withdrawn", "已撤回");

    private final String code;
    private final String label;

    Stage(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Stage ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown stage " + code));
    }
}
