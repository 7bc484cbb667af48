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
            ">2个         | > | 2         | 个      | false"})
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
            "健全 | WORD", "及时 | WORD", "提升 | WORD", "80%-90% | RANGE", "3~5天 | RANGE",
            "2021-12-31 | DATE", "2021年6月底 | DATE", "2021年12月31日前 | DATE",
            "44,561 | EXCEL_SERIAL", "44561 | EXCEL_SERIAL",
            "辅助工作 | UNPARSEABLE", "很好很好很好 | UNPARSEABLE", "。。，，； | UNPARSEABLE", "=5<script> | UNPARSEABLE",
            "'' | UNPARSEABLE", "😀 | UNPARSEABLE"})
    void recognisesWordsRangesDatesSerialsAndGarbage(String written, Kind kind) {
        assertThat(TargetValue.parse(written, Rules.tables()).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000})
    void longInputIsRefusedQuickly(int length) {
        assertThat(TargetValue.parse("≥" + "9".repeat(length) + "次次", Rules.tables()).kind())
                .isIn(Kind.NUMBER, Kind.UNPARSEABLE);
        assertThat(TargetValue.parse("健".repeat(length), Rules.tables()).kind()).isEqualTo(Kind.UNPARSEABLE);
    }
}
