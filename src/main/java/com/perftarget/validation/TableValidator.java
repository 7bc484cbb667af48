package com.perftarget.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.perftarget.table.Indicator;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableDraftChecker;
import com.perftarget.table.TableField;

/**
 * The rules finance bureaus apply to one table, under a profile (the layout of the indicator tree) and a budget year.
 * Works on the table as sent (every value text) so that any input, however malformed, gets findings, never an
 * exception. Pure: the rule tables are loaded once and passed in.
 */
public final class TableValidator {

    private static final TableDraftChecker CHECKER = new TableDraftChecker();
    /** The narrative sections a bureau wants filled (备注 and 年度绩效目标 have rules of their own). */
    private static final List<TableField> NARRATIVE = List.of(TableField.OVERVIEW, TableField.BASIS,
            TableField.NECESSITY, TableField.MEASURES, TableField.PLAN, TableField.OVERALL_GOAL);
    private static final Set<String> PLACEHOLDERS = Set.of("无", "同上", "/", "／", "-", "—", "略", "暂无", "见上", "空");
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern LANDLINE = Pattern.compile("^(0\\d{2,3}-?)?[2-9]\\d{6,7}(-\\d{1,6})?$");
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Pattern REPEATED = Pattern.compile("(\\p{IsHan}{3,})\\1");
    private static final Pattern MONEY = Pattern.compile("金额|资金|经费|费用|成本|欠款|价款|造价");
    private static final Pattern NOT_MONEY = Pattern.compile("率|到位|执行|比例|占比|控制");
    /** Fund-process indicators: scored outside the indicator tree, never under 产出 or 效益. */
    private static final Pattern PROCESS_INDICATOR = Pattern.compile("预算执行率|资金.{0,4}(?:到位|下达|支出|拨付)");
    /** Indicators whose value is a date or a time, where a bare five-digit number is an Excel date serial. */
    private static final Pattern TIME_NAME = Pattern.compile("时间|日期|时限|期限|截止|完成时|到位时");
    private static final Set<String> OUTPUT_OR_EFFECT = Set.of("QUANTITY", "QUALITY", "TIMELINESS", "COST", "BENEFIT",
            "SATISFACTION");
    private static final int MAX_CHECKED_TEXT = 200;

    private final RuleTables tables;

    public TableValidator(RuleTables tables) {
        this.tables = tables;
    }

    /** What was checked under which family, and what was found. */
    public record Outcome(String profile, boolean detected, List<Finding> findings) {
    }

    /** The findings under a known family, in a known budget year (the seed's and the stored unit-years' case). */
    public List<Finding> validate(TableDraft table, String profile, int budgetYear) {
        return check(table, profile, budgetYear).findings();
    }

    /**
     * Checks a table under {@code profile} — a family or an alias of one; {@code null} detects the family from the
     * table's own 一级/二级 labels — and in {@code budgetYear} ({@code null}: the period is not held to a year).
     * The caller makes sure a named profile exists ({@link RuleTables#resolve}).
     */
    public Outcome check(TableDraft table, String profile, Integer budgetYear) {
        Findings found = new Findings();
        List<Indicator> rows = table.indicators() == null ? List.of() : table.indicators();
        boolean detected = tables.resolve(profile).isEmpty();
        String family = detected ? detectFamily(rows, found) : tables.resolve(profile).get();
        checkHeader(table, budgetYear, found);
        checkNarrative(table, found);
        checkIndicators(rows, family, found);
        return new Outcome(family, detected, found.list);
    }

    /** The unit-level goal check: 年度绩效目标 identical to another project's of the same unit-year. */
    public static List<Finding> duplicateAnnualGoal(TableDraft table, Map<String, String> otherProjectsGoals) {
        String goal = text(table.annualGoal());
        List<Finding> found = new ArrayList<>();
        if (goal == null) {
            return found;
        }
        otherProjectsGoals.forEach((project, other) -> {
            if (goal.equals(text(other))) {
                found.add(new Finding("goal.annualDuplicate", Severity.WARNING, TableField.ANNUAL_GOAL.key(), null,
                        abbreviate(goal), "年度绩效目标与「" + project + "」的完全相同，请按本项目填写"));
            }
        });
        return found;
    }

    /**
     * The header's form is the input check's to decide ({@link TableDraftChecker}): its refusals are reported as
     * ERRORs under its own rule ids and words. What a bureau checks beyond form follows.
     */
    private void checkHeader(TableDraft t, Integer budgetYear, Findings found) {
        TableDraftChecker.Inspection inspection = CHECKER.inspect(t, t.unitCode());
        for (TableDraftChecker.Refusal refusal : inspection.refusals()) {
            if (!refusal.field().startsWith(TableField.INDICATORS)) {
                found.add(refusal.rule(), Severity.ERROR, refusal.field(), null, refusal.value(), refusal.message());
            }
        }
        if (text(t.unitCode()) == null) {
            found.add("header.required", Severity.ERROR, TableField.UNIT_CODE.key(), null, null,
                    TableField.UNIT_CODE.label() + "不能为空");
        }
        Map<TableField, Object> values = inspection.values();
        notAbove(values, TableField.YEAR_AMOUNT, TableField.TOTAL_AMOUNT, "amount.yearWithinTotal", found);
        notAbove(values, TableField.LAST_YEAR_AMOUNT, TableField.LAST_TOTAL_AMOUNT, "amount.lastYearWithinLastTotal",
                found);
        if (budgetYear != null && values.get(TableField.START_DATE) instanceof LocalDate start
                && values.get(TableField.END_DATE) instanceof LocalDate end && !start.isAfter(end)
                && (end.getYear() < budgetYear || start.getYear() > budgetYear)) {
            found.add("period.outsideBudgetYear", Severity.ERROR, TableField.START_DATE.key(), null,
                    start + "~" + end, "项目期间 " + start + " 至 " + end + " 不在预算年度 " + budgetYear + " 年内");
        }
        String phone = value(t, TableField.PHONE);
        if (phone != null && !MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            found.add("phone.invalid", Severity.ERROR, TableField.PHONE.key(), null, phone,
                    "联系电话「" + abbreviate(phone) + "」不是有效的手机号码或固定电话");
        }
        for (TableField field : TableField.values()) {
            String value = value(t, field);
            if (value != null && MARKUP.matcher(value).find()) {
                found.add("text.markup", Severity.ERROR, field.key(), null, abbreviate(value),
                        field.label() + "含有网页代码，请只填写文字");
            }
        }
    }

    private void checkNarrative(TableDraft t, Findings found) {
        for (TableField field : NARRATIVE) {
            String value = value(t, field);
            if (value == null) {
                found.add("narrative.required", Severity.ERROR, field.key(), null, null, field.label() + "不能为空");
            } else if (PLACEHOLDERS.contains(value)) {
                found.add("narrative.placeholder", Severity.ERROR, field.key(), null, value,
                        field.label() + "不能只填「" + value + "」，请写明具体内容");
            }
        }
        if (value(t, TableField.ANNUAL_GOAL) == null) {
            found.add("goal.annualEmpty", Severity.WARNING, TableField.ANNUAL_GOAL.key(), null, null, "年度绩效目标为空");
        }
    }

    private void checkIndicators(List<Indicator> rows, String profile, Findings found) {
        if (rows.isEmpty()) {
            found.add("indicator.none", Severity.ERROR, TableField.INDICATORS, null, null, "没有填写任何绩效指标");
        }
        if (rows.size() > TableDraftChecker.MAX_INDICATORS) {
            found.add("indicator.tooMany", Severity.ERROR, TableField.INDICATORS, null, String.valueOf(rows.size()),
                    "绩效指标最多 " + TableDraftChecker.MAX_INDICATORS + " 行，本表有 " + rows.size() + " 行，未逐行校验");
            return;
        }
        Set<String> categories = new HashSet<>();
        Map<String, Integer> firstRowOfName = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            Indicator indicator = rows.get(i) == null ? new Indicator(null, null, null, null) : rows.get(i);
            String level1 = text(indicator.level1());
            String level2 = text(indicator.level2());
            String name = text(indicator.name());
            String target = text(indicator.target());
            if (level1 == null || level2 == null || name == null || target == null) {
                found.add("indicator.incomplete", Severity.ERROR, "indicators", row, name,
                        "缺少" + missingParts(level1, level2, name, target));
            }
            String category = null;
            if (level1 != null && level2 != null) {
                category = checkLevels(profile, level1, level2, row, name, found);
            }
            if (category != null) {
                categories.add(category);
            }
            if (name != null) {
                checkName(name, level2, category, row, firstRowOfName, found);
            }
            if (target != null) {
                checkTarget(name == null ? "" : name, category, target, row, found);
            }
        }
        for (RuleTables.Requirement requirement : tables.requirements(profile)) {
            if (requirement.anyOf().stream().noneMatch(categories::contains)) {
                found.add("category.required", requirement.severity(), TableField.INDICATORS, null,
                        String.join(",", requirement.anyOf()), requirement.message());
            }
        }
    }

    private String checkLevels(String profile, String level1, String level2, int row, String name, Findings found) {
        if (!tables.knowsLevel1(profile, level1)) {
            found.add("indicator.unknownLevel1", Severity.ERROR, "level1", row, level1,
                    "一级指标「" + abbreviate(level1) + "」不是规则集 " + profile + " 的一级指标");
            return null;
        }
        var category = tables.category(profile, level1, level2);
        if (category.isPresent()) {
            return category.get();
        }
        var home = tables.homeOf(profile, level2);
        if (home.isPresent()) {
            found.add("indicator.level2Misfiled", Severity.WARNING, "level2", row, level2,
                    "「" + shown(name) + "」的二级指标「" + level2 + "」应属于一级指标「" + home.get() + "」，而不是「" + level1 + "」");
            return tables.category(profile, home.get(), level2).orElse(null);
        }
        found.add("indicator.level2NotInLevel1", Severity.ERROR, "level2", row, level2,
                "二级指标「" + abbreviate(level2) + "」不属于一级指标「" + abbreviate(level1) + "」（规则集 " + profile + "）");
        return null;
    }

    private void checkName(String name, String level2, String category, int row, Map<String, Integer> firstRowOfName,
                           Findings found) {
        if (MARKUP.matcher(name).find()) {
            found.add("text.markup", Severity.ERROR, "name", row, abbreviate(name), "三级指标含有网页代码，请只填写文字");
        }
        if (name.codePoints().anyMatch(TableValidator::isEmoji)) {
            found.add("text.emoji", Severity.WARNING, "name", row, abbreviate(name), "三级指标含有表情符号");
        }
        if (name.length() > MAX_CHECKED_TEXT) {
            found.add("name.tooLong", Severity.ERROR, "name", row, abbreviate(name),
                    "三级指标过长（" + name.length() + " 个字），请精简");
            return;
        }
        if (REPEATED.matcher(name).find()) {
            found.add("name.repeatedText", Severity.WARNING, "name", row, name, "「" + name + "」中有重复的文字");
        }
        Integer first = firstRowOfName.putIfAbsent(name, row);
        if (first != null) {
            found.add("name.duplicate", Severity.WARNING, "name", row, name,
                    "「" + name + "」与第 " + first + " 行重复");
        }
        if (name.equals(level2)) {
            found.add("name.equalsLevel2", Severity.WARNING, "name", row, name, "三级指标与二级指标同为「" + name + "」");
        }
        if (category != null && OUTPUT_OR_EFFECT.contains(category) && PROCESS_INDICATOR.matcher(name).find()) {
            found.add("indicator.processMisplaced", Severity.WARNING, "name", row, name,
                    "「" + name + "」是过程指标，应放在投入与管理类，而不是产出或效益类");
        }
    }

    /**
     * The family whose 一级/二级 pairs place most rows (the first declared wins a tie). Rows that only another family
     * places mean the table mixes templates: one WARNING names them.
     */
    private String detectFamily(List<Indicator> rows, Findings found) {
        List<String> families = List.copyOf(tables.profiles());
        int checked = Math.min(rows.size(), TableDraftChecker.MAX_INDICATORS);
        // Which families place each row, worked out once per row.
        boolean[][] placedBy = new boolean[checked][families.size()];
        int[] placed = new int[families.size()];
        for (int i = 0; i < checked; i++) {
            Indicator row = rows.get(i);
            if (row == null) {
                continue;
            }
            String level1 = RuleTables.normal(row.level1());
            String level2 = RuleTables.normal(row.level2());
            for (int f = 0; f < families.size(); f++) {
                placedBy[i][f] = tables.placesNormal(families.get(f), level1, level2);
                placed[f] += placedBy[i][f] ? 1 : 0;
            }
        }
        int best = 0;
        for (int f = 1; f < families.size(); f++) {
            best = placed[f] > placed[best] ? f : best;
        }
        String family = families.get(best);
        List<String> foreign = new ArrayList<>();
        for (int i = 0; i < checked; i++) {
            if (!placedBy[i][best]) {
                for (int f = 0; f < families.size(); f++) {
                    if (placedBy[i][f]) {
                        foreign.add("第 " + (i + 1) + " 行（" + families.get(f) + "）");
                        break;
                    }
                }
            }
        }
        if (!foreign.isEmpty()) {
            found.add("profile.mixedFamilies", Severity.WARNING, TableField.INDICATORS, null, family,
                    "本表按规则集 " + family + " 校验，但混用了其他模板的指标：" + String.join("、", foreign.subList(0,
                            Math.min(5, foreign.size()))) + (foreign.size() > 5 ? " 等 " + foreign.size() + " 行" : ""));
        }
        return family;
    }

    private void checkTarget(String name, String category, String written, int row, Findings found) {
        TargetValue target = TargetValue.parse(written, tables);
        switch (target.kind()) {
            case UNPARSEABLE -> {
                found.add("target.unparseable", Severity.ERROR, "target", row, abbreviate(written),
                        "「" + shown(name) + "」的目标值「" + abbreviate(written) + "」无法识别：应写作运算符加数值和单位"
                                + "（如 ≥95%、=1.2万个），日期（如 2023年12月底前），或规定的定性用语（如 健全、稳步提高）");
                return;
            }
            case PLACEHOLDER -> {
                found.add("target.placeholder", Severity.ERROR, "target", row, abbreviate(written),
                        "「" + shown(name) + "」的目标值「" + abbreviate(written) + "」是模板占位，请填写实际的数值");
                return;
            }
            case WORD -> {
                if (target.unit() != null) {
                    found.add("target.qualitativeWithUnit", Severity.WARNING, "target", row, abbreviate(written),
                            "「" + shown(name) + "」的目标值是定性用语，不应带「" + target.unit() + "」");
                }
                return;
            }
            default -> {
            }
        }
        if (!target.isNumeric()) {
            return;
        }
        boolean timeLike = "TIMELINESS".equals(category) || TIME_NAME.matcher(name).find();
        if (target.serialCandidate() && timeLike) {
            found.add("target.excelSerial", Severity.ERROR, "target", row, written,
                    "「" + shown(name) + "」的目标值「" + written + "」是表格软件的日期序号，请写成日期（如 2021年12月31日前）");
            return;
        }
        if (target.moneyWithPercent()) {
            found.add("target.moneyWithPercent", Severity.ERROR, "target", row, written,
                    "「" + shown(name) + "」的目标值「" + written + "」同时写了金额单位和 %，请只保留一个");
            return;
        }
        boolean rate = name.contains("率") || name.contains("满意度");
        if (target.percent()) {
            if (target.number().signum() < 0 || target.number().compareTo(BigDecimal.valueOf(100)) > 0) {
                found.add("target.percentOutOfRange", Severity.ERROR, "target", row, written,
                        "「" + shown(name) + "」的目标值 " + written + " 超出 0～100%");
            } else if (target.kind() == TargetValue.Kind.NUMBER && target.number().compareTo(BigDecimal.valueOf(100)) == 0
                    && ("≥".equals(target.operator()) || "≤".equals(target.operator()))) {
                found.add("target.percent100", Severity.WARNING, "target", row, written,
                        "「" + shown(name) + "」的目标值 " + written + ("≥".equals(target.operator())
                                ? " 只有恰好 100% 才能达到，应写 =100%" : " 总能达到，不构成目标"));
            }
            if (MONEY.matcher(name).find() && !NOT_MONEY.matcher(name).find()) {
                found.add("target.moneyAsPercent", Severity.ERROR, "target", row, written,
                        "「" + shown(name) + "」是金额类指标，目标值应是金额，不能用百分比");
            }
        } else if (rate && target.withoutUnit()) {
            found.add("target.rateWithoutPercent", Severity.WARNING, "target", row, written,
                    "「" + shown(name) + "」是比率类指标，目标值 " + written + " 缺少 %");
        } else if (target.withoutUnit() && !"COST".equals(category)) {
            found.add("target.unitMissing", Severity.WARNING, "target", row, written,
                    "「" + shown(name) + "」的目标值 " + written + " 没有计量单位");
        }
        if ("COST".equals(category) && !target.percent()) {
            if (!target.hasCurrency() && !rate) {
                found.add("target.costWithoutCurrency", Severity.WARNING, "target", row, written,
                        "「" + shown(name) + "」是成本指标，目标值 " + written + " 应带货币单位（元、万元）");
            }
            if (">".equals(target.operator()) || "≥".equals(target.operator())) {
                found.add("target.costAtLeast", Severity.WARNING, "target", row, written,
                        "「" + shown(name) + "」是成本指标，应写上限（≤），而不是 " + target.operator());
            }
        }
        var negative = tables.negativeKeywordIn(name);
        if (negative.isPresent() && (">".equals(target.operator()) || "≥".equals(target.operator()))) {
            found.add("target.negativeIndicatorGreater", Severity.WARNING, "target", row, written,
                    "「" + shown(name) + "」含「" + negative.get() + "」，是越小越好的指标，目标值却是 " + written);
        }
    }


    private static void notAbove(Map<TableField, Object> values, TableField part, TableField whole, String ruleId,
                                 Findings found) {
        if (values.get(part) instanceof BigDecimal p && values.get(whole) instanceof BigDecimal w
                && p.compareTo(w) > 0) {
            found.add(ruleId, Severity.ERROR, part.key(), null, p.toPlainString(),
                    part.label() + "（" + p.toPlainString() + " 万元）不能大于" + whole.label() + "（" + w.toPlainString() + " 万元）");
        }
    }


    private static String missingParts(String level1, String level2, String name, String target) {
        List<String> missing = new ArrayList<>();
        if (level1 == null) {
            missing.add("一级指标");
        }
        if (level2 == null) {
            missing.add("二级指标");
        }
        if (name == null) {
            missing.add("三级指标");
        }
        if (target == null) {
            missing.add("目标值");
        }
        return String.join("、", missing);
    }

    private static boolean isEmoji(int codePoint) {
        return codePoint >= 0x1F000 && codePoint <= 0x1FAFF || codePoint >= 0x2600 && codePoint <= 0x27BF;
    }

    private static String value(TableDraft draft, TableField field) {
        return text(draft.value(field));
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String shown(String name) {
        return name == null || name.isEmpty() ? "该指标" : abbreviate(name);
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static final class Findings {
        private final List<Finding> list = new ArrayList<>();

        void add(String ruleId, Severity severity, String field, Integer row, String value, String message) {
            list.add(new Finding(ruleId, severity, field, row, value, message));
        }
    }
}
