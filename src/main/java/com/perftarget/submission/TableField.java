package com.perftarget.submission;

/** The header and narrative fields of a table: the glossary name (code, JSON) and the Chinese label users read. */
public enum TableField {
    PROJECT_NAME("projectName", "项目名称"),
    UNIT_CODE("unitCode", "单位编码"),
    FUND_USE("fundUse", "资金用途"),
    LEADER("leader", "项目负责人"),
    CONTACT("contact", "联系人"),
    PHONE("phone", "联系电话"),
    START_DATE("startDate", "开始时间"),
    END_DATE("endDate", "结束时间"),
    TOTAL_AMOUNT("totalAmount", "项目总金额"),
    YEAR_AMOUNT("yearAmount", "项目本年度金额"),
    LAST_TOTAL_AMOUNT("lastTotalAmount", "上年度项目总金额"),
    LAST_YEAR_AMOUNT("lastYearAmount", "项目上年度金额"),
    OVERVIEW("overview", "项目概况"),
    BASIS("basis", "立项依据"),
    NECESSITY("necessity", "项目设立的必要性"),
    MEASURES("measures", "项目配套制度措施"),
    PLAN("plan", "项目实施计划"),
    REMARKS("remarks", "备注"),
    OVERALL_GOAL("overallGoal", "项目总目标"),
    ANNUAL_GOAL("annualGoal", "年度绩效目标");

    /** The JSON/form key of the indicator list. */
    public static final String INDICATORS = "indicators";

    private final String key;
    private final String label;

    TableField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
