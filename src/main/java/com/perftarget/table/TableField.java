package com.perftarget.table;

/**
 * The header and narrative fields of a table: the glossary name (code, JSON), the Chinese label users read and the
 * kind of value.
 */
public enum TableField {
    PROJECT_NAME("projectName", "项目名称", Kind.TEXT),
    UNIT_CODE("unitCode", "单位编码", Kind.TEXT),
    FUND_USE("fundUse", "资金用途", Kind.TEXT),
    LEADER("leader", "项目负责人", Kind.TEXT),
    CONTACT("contact", "联系人", Kind.TEXT),
    PHONE("phone", "联系电话", Kind.TEXT),
    START_DATE("startDate", "开始时间", Kind.DATE),
    END_DATE("endDate", "结束时间", Kind.DATE),
    TOTAL_AMOUNT("totalAmount", "项目总金额", Kind.AMOUNT),
    YEAR_AMOUNT("yearAmount", "项目本年度金额", Kind.AMOUNT),
    LAST_TOTAL_AMOUNT("lastTotalAmount", "上年度项目总金额", Kind.AMOUNT),
    LAST_YEAR_AMOUNT("lastYearAmount", "项目上年度金额", Kind.AMOUNT),
    OVERVIEW("overview", "项目概况", Kind.LONG_TEXT),
    BASIS("basis", "立项依据", Kind.LONG_TEXT),
    NECESSITY("necessity", "项目设立的必要性", Kind.LONG_TEXT),
    MEASURES("measures", "项目配套制度措施", Kind.LONG_TEXT),
    PLAN("plan", "项目实施计划", Kind.LONG_TEXT),
    REMARKS("remarks", "备注", Kind.LONG_TEXT),
    OVERALL_GOAL("overallGoal", "项目总目标", Kind.LONG_TEXT),
    ANNUAL_GOAL("annualGoal", "年度绩效目标", Kind.LONG_TEXT);

    /** The JSON/form key of the indicator list. */
    public static final String INDICATORS = "indicators";

    /** What a field holds: a line of text, a narrative section, an ISO date, or an amount in 万元. */
    public enum Kind { TEXT, LONG_TEXT, DATE, AMOUNT }

    private final String key;
    private final String label;
    private final Kind kind;

    TableField(String key, String label, Kind kind) {
        this.key = key;
        this.label = label;
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
