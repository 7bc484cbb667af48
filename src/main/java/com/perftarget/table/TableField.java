package com.perftarget.table;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The header and narrative fields of a table, declared once: the glossary name (code, JSON, form keys), the Chinese
 * label users read (and the seed's layout uses), the kind of value, the longest text it takes, and where the value
 * sits in a {@link TableDraft} (as sent) and a {@link TargetTable} (checked). The input check, the forms' variables,
 * the seed parser, the diff and the validator all iterate over it.
 */
public enum TableField {
    PROJECT_NAME("projectName", "项目名称", Kind.TEXT, 200, TableDraft::projectName, TargetTable::projectName),
    UNIT_CODE("unitCode", "单位编码", Kind.UNIT, 20, TableDraft::unitCode, TargetTable::unitCode),
    FUND_USE("fundUse", "资金用途", Kind.TEXT, 100, TableDraft::fundUse, TargetTable::fundUse),
    LEADER("leader", "项目负责人", Kind.TEXT, 50, TableDraft::leader, TargetTable::leader),
    CONTACT("contact", "联系人", Kind.TEXT, 50, TableDraft::contact, TargetTable::contact),
    PHONE("phone", "联系电话", Kind.TEXT, 40, TableDraft::phone, TargetTable::phone),
    START_DATE("startDate", "开始时间", Kind.DATE, 10, TableDraft::startDate, TargetTable::startDate),
    END_DATE("endDate", "结束时间", Kind.DATE, 10, TableDraft::endDate, TargetTable::endDate),
    TOTAL_AMOUNT("totalAmount", "项目总金额", Kind.AMOUNT, 20, TableDraft::totalAmount, TargetTable::totalAmount),
    YEAR_AMOUNT("yearAmount", "项目本年度金额", Kind.AMOUNT, 20, TableDraft::yearAmount, TargetTable::yearAmount),
    LAST_TOTAL_AMOUNT("lastTotalAmount", "上年度项目总金额", Kind.AMOUNT, 20, TableDraft::lastTotalAmount,
            TargetTable::lastTotalAmount),
    LAST_YEAR_AMOUNT("lastYearAmount", "项目上年度金额", Kind.AMOUNT, 20, TableDraft::lastYearAmount,
            TargetTable::lastYearAmount),
    OVERVIEW("overview", "项目概况", Kind.LONG_TEXT, Limits.LONG_TEXT, TableDraft::overview, TargetTable::overview),
    BASIS("basis", "立项依据", Kind.LONG_TEXT, Limits.LONG_TEXT, TableDraft::basis, TargetTable::basis),
    NECESSITY("necessity", "项目设立的必要性", Kind.LONG_TEXT, Limits.LONG_TEXT, TableDraft::necessity,
            TargetTable::necessity),
    MEASURES("measures", "项目配套制度措施", Kind.LONG_TEXT, Limits.LONG_TEXT, TableDraft::measures,
            TargetTable::measures),
    PLAN("plan", "项目实施计划", Kind.LONG_TEXT, Limits.LONG_TEXT, TableDraft::plan, TargetTable::plan),
    REMARKS("remarks", "备注", Kind.LONG_TEXT, Limits.LONG_TEXT, TableDraft::remarks, TargetTable::remarks),
    OVERALL_GOAL("overallGoal", "项目总目标", Kind.LONG_TEXT, Limits.LONG_TEXT, TableDraft::overallGoal,
            TargetTable::overallGoal),
    ANNUAL_GOAL("annualGoal", "年度绩效目标", Kind.LONG_TEXT, Limits.LONG_TEXT, TableDraft::annualGoal,
            TargetTable::annualGoal);

    /** The JSON/form key of the indicator list. */
    public static final String INDICATORS = "indicators";

    /**
     * What a field holds: a required line of text, the unit's code (given by the submission), a narrative section
     * (optional), an ISO date, or an amount in 万元.
     */
    public enum Kind { TEXT, UNIT, LONG_TEXT, DATE, AMOUNT }

    /** Lengths that storage sets. */
    static final class Limits {
        /** A narrative section: what the form's String variable takes in the engine (varchar(4000)). */
        static final int LONG_TEXT = 4000;

        private Limits() {
        }
    }

    private final String key;
    private final String label;
    private final Kind kind;
    private final int maxLength;
    private final Function<TableDraft, String> sent;
    private final Function<TargetTable, Object> checked;

    TableField(String key, String label, Kind kind, int maxLength, Function<TableDraft, String> sent,
               Function<TargetTable, Object> checked) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.maxLength = maxLength;
        this.sent = sent;
        this.checked = checked;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The value as a draft carries it (text, untrimmed). */
    public String of(TableDraft draft) {
        return sent.apply(draft);
    }

    /** The checked value of a table: a String, a LocalDate or a BigDecimal by kind. */
    public Object of(TargetTable table) {
        return checked.apply(table);
    }

    /** The checked value as text, as a draft or a form carries it ({@code 2021-01-01}, {@code 281.50}). */
    public String textOf(TargetTable table) {
        Object value = of(table);
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
    }
}
