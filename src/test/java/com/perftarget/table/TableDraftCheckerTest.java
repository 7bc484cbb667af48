package com.perftarget.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;
import com.perftarget.support.Drafts;
import com.perftarget.support.SeedTables;

class TableDraftCheckerTest {

    private final TableDraftChecker checker = new TableDraftChecker();
    private final TargetTable seed = SeedTables.parse().get(0).table();

    @Test
    void acceptsEverySeedTableUnchanged() {
        SeedTables.parse().forEach(t -> assertThat(checker.check(TableDraft.of(t.table()), "020008")).isEqualTo(t.table()));
    }

    @Test
    void normalisesAmountsToTwoDecimalsAndTrimsText() {
        TargetTable table = checker.check(draft(d -> Drafts.withAmounts(d, "272.5", " 1,272 ")), "020008");
        assertThat(table.totalAmount()).isEqualTo(new BigDecimal("272.50"));
        assertThat(table.yearAmount()).isEqualTo(new BigDecimal("1272.00"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc     | totalAmount | 项目总金额「abc」不是数字，请填写以万元为单位的金额",
            "-0.01   | totalAmount | 项目总金额不能为负数",
            "1.005   | totalAmount | 项目总金额最多保留两位小数（万元）",
            "1e20    | totalAmount | 项目总金额超出可填写的范围",
            "''      | totalAmount | 项目总金额不能为空",
            "1,0     | totalAmount | 项目总金额「1,0」不是数字，请填写以万元为单位的金额",
            "10,00.5 | totalAmount | 项目总金额「10,00.5」不是数字，请填写以万元为单位的金额"})
    void refusesBadAmounts(String value, String field, String message) {
        assertRefused(draft(d -> Drafts.withAmounts(d, value, d.yearAmount())), new FieldError(field, message));
    }

    @Test
    void readsCommasOnlyWhereTheyGroupThousands() {
        TargetTable table = checker.check(draft(d -> Drafts.withAmounts(d, "1,000", "1,234,567.5")), "020008");
        assertThat(table.totalAmount()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(table.yearAmount()).isEqualTo(new BigDecimal("1234567.50"));
    }

    @Test
    void refusesControlCharactersAndNarrativesLongerThanTheEngineStores() {
        assertRefused(draft(d -> Drafts.withField(d, TableField.PROJECT_NAME, "道路\u0000维护")),
                new FieldError("projectName", "项目名称含有不可见的控制字符，请删除后再提交"));
        assertRefused(draft(d -> Drafts.withTarget(d, 0, "≥95%\u0007")),
                new FieldError("indicators[0].target", "第 1 行绩效指标的目标值含有不可见的控制字符，请删除后再提交"));
        assertRefused(draft(d -> Drafts.withField(d, TableField.OVERVIEW, "概".repeat(4001))),
                new FieldError("overview", "项目概况最多 4000 个字，现有 4001 个字"));
        assertThat(checker.check(draft(d -> Drafts.withField(d, TableField.OVERVIEW, "概".repeat(4000))), "020008")
                .overview()).hasSize(4000);
    }

    @Test
    void refusesMissingRequiredHeaderFields() {
        TableDraft d = TableDraft.of(seed);
        TableDraft empty = new TableDraft(null, null, "", null, " ", null, d.startDate(), d.endDate(), d.totalAmount(),
                d.yearAmount(), d.lastTotalAmount(), d.lastYearAmount(), null, null, null, null, null, null, null,
                null, d.indicators());
        assertThatThrownBy(() -> checker.check(empty, "020008")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("projectName", "fundUse", "leader", "contact", "phone"));
    }

    @Test
    void refusesUnparseableDatesAndAStartAfterTheEnd() {
        assertRefused(draft(d -> Drafts.withDates(d, "2021/01/01", d.endDate())),
                new FieldError("startDate", "开始时间「2021/01/01」不是有效日期，应写作 2021-01-01 的格式"));
        assertRefused(draft(d -> Drafts.withDates(d, "2021-07-01", "2021-06-30")),
                new FieldError("endDate", "结束时间（2021-06-30）不能早于开始时间（2021-07-01）"));
    }

    @Test
    void refusesIndicatorRowsWithoutNameOrTarget() {
        assertRefused(draft(d -> Drafts.withRow(d, 4, new Indicator("投入与目标管理", "项目管理", " ", null))),
                new FieldError("indicators[4].name", "第 5 行绩效指标缺少三级指标名称"),
                new FieldError("indicators[4].target", "第 5 行绩效指标缺少目标值"));
    }

    @Test
    void refusesAnotherUnitsCodeAndOverlongText() {
        assertThatThrownBy(() -> checker.check(TableDraft.of(seed), "020009"))
                .hasMessageContaining("单位编码必须是本单位的编码 020009");
        String huge = "很".repeat(10_000);
        assertRefused(draft(d -> Drafts.withRow(d, 0, new Indicator("投入与目标管理", "投入管理", huge, "=100%"))),
                new FieldError("indicators[0].name", "第 1 行绩效指标的三级指标最多 200 个字，现有 10000 个字"));
    }

    @Test
    void refusesANullTable() {
        assertThatThrownBy(() -> checker.check(null, "020008")).isInstanceOf(InvalidInputException.class);
    }

    private void assertRefused(TableDraft draft, FieldError... expected) {
        assertThatThrownBy(() -> checker.check(draft, "020008")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(expected));
    }

    private TableDraft draft(UnaryOperator<TableDraft> change) {
        return change.apply(TableDraft.of(seed));
    }
}
