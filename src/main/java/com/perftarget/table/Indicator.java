package com.perftarget.table;

/** 绩效指标: one row of the indicator tree (一级指标 / 二级指标 / 三级指标 / 目标值), as written. */
public record Indicator(String level1, String level2, String name, String target) {
}
