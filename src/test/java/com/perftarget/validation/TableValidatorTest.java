package com.perftarget.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.perftarget.support.Drafts;
import com.perftarget.support.Rules;
import com.perftarget.support.SeedTables;
import com.perftarget.table.Indicator;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableField;

/** Every rule with a table that breaks it and the clean table that does not. */
class TableValidatorTest {

    private static final String JY = "JY2021";
    private static final TableValidator VALIDATOR = new TableValidator(Rules.tables());
    /** Seed table 01 with its one defect (成本控制率 ≤100%) mended: no finding at all. */
    static final TableDraft CLEAN = Drafts.withTarget(TableDraft.of(SeedTables.parse().get(0).table()), 11, "≤98%");

    @Test
    void theCleanTableHasNoFinding() {
        assertThat(VALIDATOR.validate(CLEAN, JY, 2021)).isEmpty();
    }

    static Stream<Arguments> brokenTables() {
        return Stream.of(
                broken("header.required", Severity.ERROR, "contact", null, d -> Drafts.withField(d, TableField.CONTACT, " ")),
                broken("amount.notNumber", Severity.ERROR, "totalAmount", null, d -> Drafts.withField(d, TableField.TOTAL_AMOUNT, "二百七十万")),
                broken("amount.negative", Severity.ERROR, "lastYearAmount", null, d -> Drafts.withField(d, TableField.LAST_YEAR_AMOUNT, "-1")),
                broken("amount.scale", Severity.ERROR, "yearAmount", null, d -> Drafts.withField(d, TableField.YEAR_AMOUNT, "272.505")),
                broken("amount.yearWithinTotal", Severity.ERROR, "yearAmount", null, d -> Drafts.withField(d, TableField.YEAR_AMOUNT, "300")),
                broken("amount.lastYearWithinLastTotal", Severity.ERROR, "lastYearAmount", null, d -> Drafts.withField(d, TableField.LAST_YEAR_AMOUNT, "300")),
                broken("period.date", Severity.ERROR, "endDate", null, d -> Drafts.withField(d, TableField.END_DATE, "2021/13/45")),
                broken("period.order", Severity.ERROR, "endDate", null, d -> Drafts.withDates(d, "2021-06-01", "2021-05-31")),
                broken("period.outsideBudgetYear", Severity.ERROR, "startDate", null, d -> Drafts.withDates(d, "2022-01-01", "2022-12-31")),
                broken("phone.invalid", Severity.ERROR, "phone", null, d -> Drafts.withField(d, TableField.PHONE, "12345")),
                broken("text.markup", Severity.ERROR, "projectName", null, d -> Drafts.withField(d, TableField.PROJECT_NAME, "<script>alert(1)</script>")),
                broken("narrative.required", Severity.ERROR, "basis", null, d -> Drafts.withField(d, TableField.BASIS, null)),
                broken("narrative.placeholder", Severity.ERROR, "plan", null, d -> Drafts.withField(d, TableField.PLAN, "同上")),
                broken("goal.annualEmpty", Severity.WARNING, "annualGoal", null, d -> Drafts.withField(d, TableField.ANNUAL_GOAL, "")),
                broken("indicator.none", Severity.ERROR, "indicators", null, d -> Drafts.withRows(d, List.of())),
                broken("indicator.incomplete", Severity.ERROR, "indicators", 3, d -> Drafts.withRow(d, 2, new Indicator("投入与目标管理", null, "财务管理制度健全性", "健全"))),
                broken("indicator.unknownLevel1", Severity.ERROR, "level1", 1, d -> Drafts.withRow(d, 0, new Indicator("投入目标", "投入管理", "预算执行率", "=100%"))),
                broken("indicator.level2NotInLevel1", Severity.ERROR, "level2", 2, d -> Drafts.withRow(d, 1, new Indicator("投入与目标管理", "预算目标", "预算资金到位情况", "=100%"))),
                broken("indicator.level2Misfiled", Severity.WARNING, "level2", 14, d -> Drafts.withRow(d, 13, new Indicator("影响力目标", "满意度", "社会群众满意度", "≥95%"))),
                broken("category.required", Severity.ERROR, "indicators", null, d -> withoutCategory(d, "数量")),
                broken("category.required", Severity.ERROR, "indicators", null, d -> withoutCategory(withoutCategory(d, "质量"), "时效")),
                broken("category.required", Severity.ERROR, "indicators", null, d -> withoutCategory(d, "社会效益")),
                broken("category.required", Severity.ERROR, "indicators", null, d -> withoutCategory(d, "满意度")),
                broken("category.required", Severity.WARNING, "indicators", null, d -> withoutCategory(d, "成本")),
                broken("name.tooLong", Severity.ERROR, "name", 8, d -> rename(d, 7, "警".repeat(201))),
                broken("name.repeatedText", Severity.WARNING, "name", 8, d -> rename(d, 7, "警车数量警车数量")),
                broken("name.duplicate", Severity.WARNING, "name", 9, d -> rename(d, 8, "辅警人员人均装备数量")),
                broken("name.equalsLevel2", Severity.WARNING, "name", 8, d -> rename(d, 7, "数量")),
                broken("indicator.processMisplaced", Severity.WARNING, "name", 8, d -> Drafts.withRow(d, 7, new Indicator("产出目标", "数量", "预算执行率", "=100%"))),
                broken("text.emoji", Severity.WARNING, "name", 8, d -> rename(d, 7, "警车数量🚓")),
                broken("target.unparseable", Severity.ERROR, "target", 8, d -> Drafts.withTarget(d, 7, "辅助工作")),
                broken("target.excelSerial", Severity.ERROR, "target", 8, d -> Drafts.withRow(d, 7,
                        new Indicator("产出目标", "时效", "设备到位时间", "=44,561"))),
                broken("target.excelSerial", Severity.ERROR, "target", 8, d -> Drafts.withRow(d, 7,
                        new Indicator("产出目标", "时效", "项目完成时间", "≤ 44 561"))),
                broken("target.unitMissing", Severity.WARNING, "target", 8, d -> Drafts.withTarget(d, 7, "45000")),
                broken("target.moneyWithPercent", Severity.ERROR, "target", 8, d -> Drafts.withTarget(d, 7, "28.8万元%")),
                broken("target.placeholder", Severity.ERROR, "target", 8, d -> Drafts.withTarget(d, 7, "≥**%")),
                broken("target.placeholder", Severity.ERROR, "target", 8, d -> Drafts.withTarget(d, 7, "万元")),
                broken("target.placeholder", Severity.ERROR, "target", 8, d -> Drafts.withTarget(d, 7, "%")),
                broken("target.costAtLeast", Severity.WARNING, "target", 8, d -> Drafts.withRow(d, 7,
                        new Indicator("产出目标", "成本", "设备购置成本", "≥30万元"))),
                broken("target.costWithoutCurrency", Severity.WARNING, "target", 8, d -> Drafts.withRow(d, 7,
                        new Indicator("产出目标", "成本", "设备购置成本", "≤250万"))),
                broken("indicator.processMisplaced", Severity.WARNING, "name", 8, d -> Drafts.withRow(d, 7,
                        new Indicator("产出目标", "时效", "预算资金当年下达率", "=100%"))),
                broken("indicator.processMisplaced", Severity.WARNING, "name", 8, d -> Drafts.withRow(d, 7,
                        new Indicator("效果目标", "社会效益", "资金到位率", "=100%"))),
                broken("target.percentOutOfRange", Severity.ERROR, "target", 9, d -> Drafts.withTarget(d, 8, "=120%")),
                broken("target.percent100", Severity.WARNING, "target", 9, d -> Drafts.withTarget(d, 8, "≥100%")),
                broken("target.percent100", Severity.WARNING, "target", 12, d -> Drafts.withTarget(d, 11, "≤100%")),
                broken("target.moneyAsPercent", Severity.ERROR, "target", 12, d -> Drafts.withRow(d, 11, new Indicator("产出目标", "成本", "平均维护成本", "≤90%"))),
                broken("target.rateWithoutPercent", Severity.WARNING, "target", 14, d -> Drafts.withTarget(d, 13, "≥95")),
                broken("target.negativeIndicatorGreater", Severity.WARNING, "target", 8, d -> Drafts.withRow(d, 7, new Indicator("产出目标", "数量", "交通事故起数", "≥10起"))));
    }

    @ParameterizedTest(name = "{0} {1} at {2}/{3}")
    @MethodSource("brokenTables")
    void aBrokenTableGetsTheFinding(String ruleId, Severity severity, String field, Integer row,
                                    UnaryOperator<TableDraft> breakIt) {
        List<Finding> found = VALIDATOR.validate(breakIt.apply(CLEAN), JY, 2021);
        assertThat(found).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(ruleId);
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.field()).isEqualTo(field);
            assertThat(f.row()).isEqualTo(row);
            assertThat(f.message()).isNotBlank();
        });
        assertThat(VALIDATOR.validate(CLEAN, JY, 2021)).noneMatch(f -> f.ruleId().equals(ruleId));
    }

    @Test
    void validPhonesPass() {
        for (String phone : List.of("13838901770", "0391-6633110", "03916633110", "6633110", "0391-6633110-801")) {
            assertThat(VALIDATOR.validate(Drafts.withField(CLEAN, TableField.PHONE, phone), JY, 2021)).as(phone).isEmpty();
        }
    }

    @Test
    void aNegativeKeywordInAHandlingIndicatorIsNoWarning() {
        TableDraft solved = Drafts.withRow(CLEAN, 7, new Indicator("产出目标", "数量", "交通事故破获率", "≥60%"));
        assertThat(VALIDATOR.validate(solved, JY, 2021)).isEmpty();
    }

    @Test
    void anAnnualGoalIdenticalToAnotherProjectsIsAWarning() {
        assertThat(TableValidator.duplicateAnnualGoal(CLEAN, Map.of("邮递费", CLEAN.annualGoal())))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("goal.annualDuplicate");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("邮递费");
                });
        assertThat(TableValidator.duplicateAnnualGoal(CLEAN, Map.of("邮递费", "另一个目标"))).isEmpty();
    }

    @Test
    void theMinistryFamilyAcceptsTheCommonWrittenFormsAndItsOldName() {
        List<Indicator> rows = List.of(
                new Indicator("成本指标", "经济成本指标", "项目总成本", "≤272.5万元"),
                new Indicator("产出指标", "数量指标", "警车数量", "≥30辆"),
                new Indicator("产出", "质量", "采购装备合格率", "≥95%"),
                new Indicator("效益指标", "社会效益指标", "居民出行安全保障", "提升"),
                new Indicator("满意度指标", "服务对象满意度指标", "社会群众满意度", "≥95%"));
        assertThat(VALIDATOR.validate(Drafts.withRows(CLEAN, rows), "MOF101", 2021)).isEmpty();
        assertThat(VALIDATOR.check(Drafts.withRows(CLEAN, rows), "CZ2021", 2021).profile()).isEqualTo("MOF101");
        assertThat(VALIDATOR.validate(CLEAN, "MOF101", 2021))
                .anyMatch(f -> f.ruleId().equals("indicator.unknownLevel1"));
    }

    @Test
    void theFamilyIsDetectedFromTheLabelsAndAMixedTableIsAWarning() {
        List<Indicator> local = List.of(
                new Indicator("产出指标(50分)", "数量指标（必填）", "培训人次", "≥1200人次"),
                new Indicator("产出指标", "质量指标", "培训合格率", "≥95%"),
                new Indicator("产出指标", "成本指标", "人均培训成本", "≤800元"),
                new Indicator("效益指标(30分)", "社会效益\n指标", "群众安全感", "稳步提高"),
                new Indicator("满意度指标", "★社会公众或服务对象满意度指标", "参训人员满意度", "≥90%"));
        TableValidator.Outcome outcome = VALIDATOR.check(Drafts.withRows(CLEAN, local), null, 2021);
        assertThat(outcome.profile()).isEqualTo("LOCAL");
        assertThat(outcome.detected()).isTrue();
        assertThat(outcome.findings()).isEmpty();

        List<Indicator> mixed = new ArrayList<>(local);
        mixed.add(new Indicator("成本指标(0-20)分", "经济成本指标", "项目总成本", "≤20万元"));
        TableValidator.Outcome mixedOutcome = VALIDATOR.check(Drafts.withRows(CLEAN, mixed), null, 2021);
        assertThat(mixedOutcome.profile()).isEqualTo("LOCAL");
        assertThat(mixedOutcome.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("profile.mixedFamilies");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("第 6 行", "MOF101");
        });

        assertThat(VALIDATOR.check(CLEAN, null, 2021).profile()).isEqualTo(JY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"产出指标(50分) | 产出", "产出目标 | 产出", "成本指标(0-20)分 | 成本",
            "数量指标 (必填硬性指标) | 数量", "经济效益 指标 (选填) | 经济效益", "★服务对象⏎满意度指标 | 服务对象满意度",
            "生态(环境)效益指标 | 生态环境效益", "社会效益指标（10分） | 社会效益", "投入与目标管理 | 投入与目标管理"})
    void labelsAreNormalisedBeforeMatching(String written, String normal) {
        // ⏎ stands for a line break inside the cell, as spreadsheets export wrapped labels.
        assertThat(RuleTables.normal(written.replace("⏎", "\n"))).isEqualTo(normal);
    }

    @Test
    void withoutABudgetYearThePeriodIsNotHeldToOne() {
        TableDraft in2021 = Drafts.withDates(CLEAN, "2021-01-01", "2021-12-31");
        assertThat(VALIDATOR.check(in2021, JY, 2023).findings())
                .anyMatch(f -> f.ruleId().equals("period.outsideBudgetYear"));
        assertThat(VALIDATOR.check(in2021, JY, null).findings())
                .noneMatch(f -> f.ruleId().equals("period.outsideBudgetYear"));
    }

    static Stream<Arguments> garbage() {
        String huge = "测".repeat(10_000);
        return Stream.of(
                Arguments.of("empty", new TableDraft(null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null)),
                Arguments.of("10 000 characters everywhere", everywhere(huge)),
                Arguments.of("markup everywhere", everywhere("<img src=x onerror=alert(1)>")),
                Arguments.of("emoji everywhere", everywhere("😀🚓✅")),
                Arguments.of("full-width punctuation everywhere", everywhere("，。；：＝＞％")),
                Arguments.of("null rows", Drafts.withRows(CLEAN, java.util.Arrays.asList(null, null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("garbage")
    void garbageGetsFindingsNotExceptions(String what, TableDraft garbage) {
        assertThatCode(() -> VALIDATOR.validate(garbage, JY, 2021)).doesNotThrowAnyException();
        assertThat(VALIDATOR.validate(garbage, JY, 2021)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).isNotBlank());
    }

    private static TableDraft everywhere(String text) {
        TableDraft d = CLEAN;
        for (TableField field : TableField.values()) {
            d = Drafts.withField(d, field, text);
        }
        return Drafts.withRows(d, List.of(new Indicator(text, text, text, text)));
    }

    private static TableDraft rename(TableDraft d, int index, String name) {
        Indicator old = d.indicators().get(index);
        return Drafts.withRow(d, index, new Indicator(old.level1(), old.level2(), name, old.target()));
    }

    private static TableDraft withoutCategory(TableDraft d, String level2) {
        List<Indicator> rows = new ArrayList<>(d.indicators());
        rows.removeIf(row -> level2.equals(row.level2()));
        return Drafts.withRows(d, rows);
    }

    private static Arguments broken(String ruleId, Severity severity, String field, Integer row,
                                    UnaryOperator<TableDraft> breakIt) {
        return Arguments.of(ruleId, severity, field, row, breakIt);
    }
}
