package com.perftarget.validation;

/**
 * One validation finding: which rule, how severe, where (a glossary field, or the 1-based indicator row),
 * the offending value and a message a project leader understands.
 */
public record Finding(String ruleId, Severity severity, String field, Integer row, String value, String message) {

    /** The message with its place, e.g. {@code 【错误】第 3 行：缺少一级指标}. */
    public String describe() {
        String place = row == null ? "" : "第 " + row + " 行绩效指标：";
        return "【" + severity.label() + "】" + place + message;
    }
}
