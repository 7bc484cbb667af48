package com.perftarget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.perftarget.support.Rules;
import com.perftarget.validation.TargetValue.Kind;

class TargetValueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "≥1.8万次      | ≥ | 18000     | 次      | false",
            "=1.2万个      | = | 12000     | 个      | false",
            ">=95%        | ≥ | 95        | %       | true",
            "＞＝９５％      | ≥ | 95        | %       | true",
            "＝100%       | = | 100       | %       | true",
            "≤100%        | ≤ | 100       | %       | true",
            "<= 3 天       | ≤ | 3         | 天      | false",
            "≥4.5万平方米    | ≥ | 45000     | 平方米   | false",
            "=700万元      | = | 7000000   | 万元    | false",
            "2亿          | = | 200000000 | ''      | false",
            "0起          | = | 0         | 起      | false",
            "≥85          | ≥ | 85        | ''      | false",
            ">2个         | > | 2         | 个      | false",
            "≧90%         | ≥ | 90        | %       | true",
            "≦3天          | ≤ | 3         | 天      | false",
            "95%以上       | ≥ | 95        | %       | true",
            "不超过5万元     | ≤ | 50000     | 元      | false",
            "≥100百分比     | ≥ | 100       | %       | true",
            "=44,561      | = | 44561     | ''      | false"})
    void understandsOperatorNumberMultiplierAndUnit(String written, String operator, String number, String unit,
                                                    boolean percent) {
        TargetValue value = TargetValue.parse(written, Rules.tables());
        assertThat(value.kind()).isEqualTo(Kind.NUMBER);
        assertThat(value.operator()).isEqualTo(operator);
        assertThat(value.number()).isEqualByComparingTo(new BigDecimal(number));
        assertThat(value.percent()).isEqualTo(percent);
        if (!unit.equals("万元")) {
            assertThat(value.unit()).isEqualTo(unit);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "健全 | WORD", "及时 | WORD", "提升 | WORD", "稳步提高 | WORD", "巩固提高 | WORD", "效果明显 | WORD",
            "优良 | WORD", "应保尽保% | WORD", "80%-90% | RANGE", "3~5天 | RANGE",
            "2021-12-31 | DATE", "2021年6月底 | DATE", "2021年12月31日前 | DATE", "2023年12月底前 | DATE",
            "2023年底 | DATE", "12月底前 | DATE", "2023.07-2024.01 | DATE", "2023年4月-2024年2月 | DATE",
            "按月安排 | STATEMENT", "按计划完成 | STATEMENT", "符合相关规定 | STATEMENT",
            "在项目计划完成时间内完成 | STATEMENT", "控制在预算内 | STATEMENT",
            "≥**% | PLACEHOLDER", "** | PLACEHOLDER", "万元 | PLACEHOLDER", "% | PLACEHOLDER", "≥个 | PLACEHOLDER",
            "xx% | PLACEHOLDER",
            "辅助工作 | UNPARSEABLE", "很好很好很好 | UNPARSEABLE", "。。，，； | UNPARSEABLE", "=5<script> | UNPARSEABLE",
            "'' | UNPARSEABLE", "😀 | UNPARSEABLE"})
    void recognisesWordsRangesDatesSerialsAndGarbage(String written, Kind kind) {
        assertThat(TargetValue.parse(written, Rules.tables()).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"44561 | true", "=44,561 | true", "≤ 44 561 | true", "45000 | true",
            "45000人 | false", "4500 | false", "44561.5 | false", "80000 | false"})
    void aFiveDigitWholeNumberWithoutUnitMayBeAnExcelDateSerial(String written, boolean candidate) {
        assertThat(TargetValue.parse(written, Rules.tables()).serialCandidate()).isEqualTo(candidate);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"28.8万元% | true", "5元‰ | true", "28.8万元 | false", "95% | false"})
    void aMoneyUnitWithAPercentSignIsNoticed(String written, boolean both) {
        assertThat(TargetValue.parse(written, Rules.tables()).moneyWithPercent()).isEqualTo(both);
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000})
    void longInputIsRefusedQuickly(int length) {
        assertThat(TargetValue.parse("≥" + "9".repeat(length) + "次次", Rules.tables()).kind())
                .isIn(Kind.NUMBER, Kind.UNPARSEABLE);
        assertThat(TargetValue.parse("健".repeat(length), Rules.tables()).kind()).isEqualTo(Kind.UNPARSEABLE);
    }
}
