package com.perftarget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.perftarget.seed.SeedTable;
import com.perftarget.support.Rules;
import com.perftarget.support.SeedTables;
import com.perftarget.table.TableDraft;

/**
 * The 16 tables of the seed, as filed, under JY2021: every real defect is flagged where it is, and nothing else.
 * A finding is written {@code ruleId@row}; a missing category as {@code category.required#CATEGORY}.
 */
class SeedValidationTest {

    private static final Map<Integer, List<String>> EXPECTED = Map.ofEntries(
            Map.entry(1, List.of("target.percent100@12")),                                  // 成本控制率 ≤100%
            Map.entry(2, List.of("name.repeatedText@9", "category.required#COST")),         // 交通标志牌交通标志牌
            Map.entry(3, List.of("target.percent100@11")),
            Map.entry(4, List.of("target.percent100@8", "target.percent100@10",            // 光纤通讯率 ≥100%
                    "target.moneyAsPercent@10")),                                           // 光纤维护平均成本 ≤100%
            Map.entry(5, List.of("indicator.level2NotInLevel1@2", "category.required#COST")), // 预算目标
            Map.entry(6, List.of("name.repeatedText@10", "category.required#COST")),        // 驾驶证发放驾驶证发放率
            Map.entry(7, List.of("target.percent100@8", "category.required#COST")),         // 鉴定完成率 ≥100%
            Map.entry(8, List.of("target.unparseable@9", "indicator.level2Misfiled@11",    // 辅助工作; 满意度 under 影响力目标
                    "category.required#COST")),
            Map.entry(9, List.of("target.rateWithoutPercent@8", "category.required#COST")), // 支付逾期率 =0
            Map.entry(10, List.of("category.required#COST")),
            Map.entry(11, List.of("target.percent100@10", "indicator.level2Misfiled@13")),
            Map.entry(12, List.of("indicator.level2NotInLevel1@2", "target.percent100@11",
                    "indicator.level2Misfiled@14")),
            Map.entry(13, List.of("target.percent100@10", "indicator.level2Misfiled@14",
                    "target.rateWithoutPercent@14",                                         // 群众满意度 ≥85
                    "name.repeatedText@16", "category.required#COST")),
            Map.entry(14, List.of("target.percent100@8", "category.required#SATISFACTION",  // 满意度 left empty
                    "category.required#COST")),
            Map.entry(15, List.of("target.percent100@11")),
            Map.entry(16, List.of("category.required#COST")));

    /** The only ERRORs: defects a finance bureau sends back. Everything else is a WARNING for the reviewers. */
    private static final List<String> ERRORS = List.of("4:target.moneyAsPercent@10",
            "5:indicator.level2NotInLevel1@2", "8:target.unparseable@9", "12:indicator.level2NotInLevel1@2",
            "14:category.required#SATISFACTION");

    static Stream<Arguments> seedTables() {
        return SeedTables.parse().stream().map(t -> Arguments.of(t.position(), t));
    }

    @ParameterizedTest(name = "table {0}")
    @MethodSource("seedTables")
    void findsExactlyTheDefectsOfEachTable(int position, SeedTable table) {
        List<Finding> found = new TableValidator(Rules.tables()).validate(TableDraft.of(table.table()), "JY2021", 2021);
        assertThat(found).extracting(SeedValidationTest::key)
                .containsExactlyInAnyOrderElementsOf(EXPECTED.get(position));
        assertThat(found.stream().filter(f -> f.severity() == Severity.ERROR).map(f -> position + ":" + key(f)))
                .containsExactlyInAnyOrderElementsOf(ERRORS.stream().filter(e -> e.startsWith(position + ":")).toList());
    }

    private static String key(Finding finding) {
        return finding.ruleId().equals("category.required")
                ? finding.ruleId() + "#" + finding.value()
                : finding.ruleId() + "@" + finding.row();
    }
}
