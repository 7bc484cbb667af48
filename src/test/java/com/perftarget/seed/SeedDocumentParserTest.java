package com.perftarget.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.perftarget.support.SeedTables;
import com.perftarget.table.Indicator;
import com.perftarget.table.TargetTable;

class SeedDocumentParserTest {

    /** Indicator rows per table, counted in the seed as rows naming a 三级指标 or a 目标值. */
    static final List<Integer> ROWS_PER_TABLE = List.of(15, 14, 16, 14, 12, 14, 13, 12, 13, 14, 14, 15, 16, 12, 14, 12);

    private final List<SeedTable> tables = SeedTables.parse();

    @Test
    void findsTheSixteenTablesInOrderWithTheirIndicatorRows() {
        assertThat(tables).hasSize(16);
        assertThat(tables).extracting(SeedTable::position).containsExactly(
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(tables).extracting(t -> t.table().indicators().size()).containsExactlyElementsOf(ROWS_PER_TABLE);
    }

    @Test
    void yearAmountsAddUpToTheProjectExpenditureOfTheBudgetTables() {
        assertThat(sum(tables.stream().map(SeedTable::table).toList())).isEqualByComparingTo("2104.7");
        List<TargetTable> general = tables.stream().map(SeedTable::table)
                .filter(t -> List.of("车管业务经费", "酒精检测费", "邮递费").contains(t.projectName())).toList();
        assertThat(general).hasSize(3);
        assertThat(sum(general)).isEqualByComparingTo("281.5");
    }

    @Test
    void readsTheFirstTableFieldForField() {
        TargetTable first = tables.get(0).table();
        assertThat(first.projectName()).isEqualTo("车管业务经费");
        assertThat(first.unitCode()).isEqualTo("020008");
        assertThat(first.fundUse()).isEqualTo("业务类");
        assertThat(first.leader()).isEqualTo("卢光伟");
        assertThat(first.contact()).isEqualTo("渠志伟");
        assertThat(first.phone()).isEqualTo("13838901770");
        assertThat(first.startDate()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(first.endDate()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(first.totalAmount()).isEqualTo(new BigDecimal("272.50"));
        assertThat(first.yearAmount()).isEqualTo(new BigDecimal("272.50"));
        assertThat(first.lastTotalAmount()).isEqualTo(new BigDecimal("272.50"));
        assertThat(first.lastYearAmount()).isEqualTo(new BigDecimal("272.50"));
        assertThat(first.overview()).startsWith("依据国务院办公厅印发《关于规范公安机关警务辅助人员管理工作意见》")
                .endsWith("办公、水电等费用。");
        assertThat(first.basis()).startsWith("国务院办公厅印发《关于规范公安机关警务辅助人员管理工作意见》（国办发【2016】15号）");
        assertThat(first.necessity()).startsWith("为推动警务辅助人员管理实现制度化、规范化、法制化");
        assertThat(first.measures()).startsWith("国办发【2016】15号 国务院办公厅印发");
        assertThat(first.plan()).startsWith("希望2021年财政能根据国务院办公厅印发");
        assertThat(first.remarks()).isNull();
        assertThat(first.overallGoal()).startsWith("辅警在协助公安机关维护治安");
        assertThat(first.annualGoal()).isEqualTo("2021年车管业务经费能有效的保障交警支队311名警务辅助人员正常的运行经费。");
        assertThat(first.indicators()).startsWith(
                new Indicator("投入与目标管理", "投入管理", "预算执行率", "=100%"),
                new Indicator("投入与目标管理", "投入管理", "预算资金到位情况", "=100%"),
                new Indicator("投入与目标管理", "财务管理", "财务管理制度健全性", "健全"));
        assertThat(first.indicators()).contains(
                new Indicator("产出目标", "成本", "成本控制率", "≤100%"),
                new Indicator("效果目标", "社会效益", "提升居民出行安全保障", "提升"));
        assertThat(first.indicators().get(14)).isEqualTo(new Indicator("影响力目标", "长效管理", "辅助警务人员机制健全性", "健全"));
    }

    @Test
    void keepsTheSeedsOdditiesAsFiled() {
        assertThat(tables.get(1).table().indicators())
                .contains(new Indicator("产出目标", "数量", "交通标志牌交通标志牌", "≥80面"));
        // 项目名称 printed in the third cell.
        assertThat(tables.get(11).table().projectName()).isEqualTo("公检法司部门装备信息化建设专项-道路交通事故专项经费");
        // A satisfaction target without %, and a doubled name, in the same table.
        assertThat(tables.get(12).table().indicators()).contains(
                new Indicator("影响力目标", "满意度", "群众满意度", "≥85"),
                new Indicator("影响力目标", "配套设施", "设备维修责任机制健全性设备维修责任机制健全性", "健全"));
        assertThat(tables.get(3).table().indicators()).contains(new Indicator("产出目标", "质量", "光纤通讯率", "≥100%"));
    }

    @Test
    void rowsAboveASplitMergedLabelBelongToIt() {
        // Tables 5, 9, 12 and 15 crossed a page break: their 一级 label stands on a later row.
        for (int index : List.of(4, 8, 11, 14)) {
            List<Indicator> rows = tables.get(index).table().indicators();
            assertThat(rows.get(0)).isEqualTo(new Indicator("投入与目标管理", "投入管理", "预算执行率", "=100%"));
            assertThat(rows.subList(0, 6)).allSatisfy(row -> assertThat(row.level1()).isEqualTo("投入与目标管理"));
        }
        // Filed under 预算目标 in two of them: kept.
        assertThat(tables.get(4).table().indicators().get(1).level2()).isEqualTo("预算目标");
    }

    @Test
    void emptyTemplateSlotsAreNoIndicators() {
        assertThat(tables).flatExtracting(t -> t.table().indicators())
                .allSatisfy(row -> assertThat(row.name() != null || row.target() != null).isTrue())
                .noneMatch(row -> "资产管理".equals(row.level2()) || "环境效益".equals(row.level2()));
        // 满意度 of table 14 was left empty: no satisfaction row.
        assertThat(tables.get(13).table().indicators()).noneMatch(row -> "满意度".equals(row.level2()));
    }

    private static BigDecimal sum(List<TargetTable> tables) {
        return tables.stream().map(TargetTable::yearAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
