package com.perftarget.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.perftarget.table.Indicator;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;

/**
 * The printed 项目支出绩效目标表 of the seed's budget explanation as rows of cells, once, for every document format:
 * label/value pairs (单位编码 beside 资金用途 …), the sections 项目详细信息 and 项目绩效目标, then the indicator tree with
 * 一级 and 二级 spanning their rows. Four columns.
 */
final class DisclosureLayout {

    static final int COLUMNS = 4;

    enum Kind { LABEL, VALUE, SECTION, HEADER }

    /** A cell: its text, how it looks, and how many columns and rows it spans (0 rows: covered by one above). */
    record Cell(String text, Kind kind, int columns, int rows) {
        boolean covered() {
            return rows == 0;
        }
    }

    private DisclosureLayout() {
    }

    static List<List<Cell>> rows(TargetTable table) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(wide(TableField.PROJECT_NAME, table));
        rows.add(pair(TableField.UNIT_CODE, TableField.FUND_USE, table));
        rows.add(pair(TableField.LEADER, TableField.CONTACT, table));
        rows.add(wide(TableField.PHONE, table));
        rows.add(pair(TableField.START_DATE, TableField.END_DATE, table));
        rows.add(pair(TableField.TOTAL_AMOUNT, TableField.YEAR_AMOUNT, table));
        rows.add(pair(TableField.LAST_TOTAL_AMOUNT, TableField.LAST_YEAR_AMOUNT, table));
        rows.add(List.of(new Cell("项目详细信息", Kind.SECTION, COLUMNS, 1)));
        for (TableField field : List.of(TableField.OVERVIEW, TableField.BASIS, TableField.NECESSITY,
                TableField.MEASURES, TableField.PLAN, TableField.REMARKS)) {
            rows.add(wide(field, table));
        }
        rows.add(List.of(new Cell("项目绩效目标", Kind.SECTION, COLUMNS, 1)));
        rows.add(wide(TableField.OVERALL_GOAL, table));
        rows.add(wide(TableField.ANNUAL_GOAL, table));
        rows.add(TableSheet.INDICATOR_HEADER.stream().map(label -> new Cell(label, Kind.HEADER, 1, 1)).toList());
        rows.addAll(indicators(table.indicators()));
        return rows;
    }

    /** 一级 spans the run of rows with its label, 二级 the run within it; covered cells keep the grid square. */
    private static List<List<Cell>> indicators(List<Indicator> indicators) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator row = indicators.get(i);
            boolean newLevel1 = i == 0 || !Objects.equals(indicators.get(i - 1).level1(), row.level1());
            boolean newLevel2 = newLevel1 || !Objects.equals(indicators.get(i - 1).level2(), row.level2());
            rows.add(List.of(
                    new Cell(text(row.level1()), Kind.VALUE, 1, newLevel1 ? run(indicators, i, true) : 0),
                    new Cell(text(row.level2()), Kind.VALUE, 1, newLevel2 ? run(indicators, i, false) : 0),
                    new Cell(text(row.name()), Kind.VALUE, 1, 1),
                    new Cell(text(row.target()), Kind.VALUE, 1, 1)));
        }
        return rows;
    }

    private static int run(List<Indicator> indicators, int from, boolean level1Only) {
        Indicator first = indicators.get(from);
        int to = from + 1;
        while (to < indicators.size() && Objects.equals(indicators.get(to).level1(), first.level1())
                && (level1Only || Objects.equals(indicators.get(to).level2(), first.level2()))) {
            to++;
        }
        return to - from;
    }

    private static List<Cell> wide(TableField field, TargetTable table) {
        return List.of(new Cell(field.label(), Kind.LABEL, 1, 1),
                new Cell(text(field.textOf(table)), Kind.VALUE, COLUMNS - 1, 1));
    }

    private static List<Cell> pair(TableField left, TableField right, TargetTable table) {
        return List.of(new Cell(left.label(), Kind.LABEL, 1, 1), new Cell(text(left.textOf(table)), Kind.VALUE, 1, 1),
                new Cell(right.label(), Kind.LABEL, 1, 1), new Cell(text(right.textOf(table)), Kind.VALUE, 1, 1));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
