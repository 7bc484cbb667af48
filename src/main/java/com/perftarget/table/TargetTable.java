package com.perftarget.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 项目支出绩效目标表: the whole table of one project, typed and checked.
 * Field names follow the glossary; amounts are in 万元.
 */
public record TargetTable(
        String projectName,
        String unitCode,
        String fundUse,
        String leader,
        String contact,
        String phone,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal totalAmount,
        BigDecimal yearAmount,
        BigDecimal lastTotalAmount,
        BigDecimal lastYearAmount,
        String overview,
        String basis,
        String necessity,
        String measures,
        String plan,
        String remarks,
        String overallGoal,
        String annualGoal,
        List<Indicator> indicators) {

    public TargetTable {
        indicators = List.copyOf(indicators);
    }
}
