package com.perftarget.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.perftarget.table.Indicator;
import com.perftarget.table.TargetTable;

/**
 * Reads the 项目支出绩效目标表 of a budget explanation in the seed's text form (cells separated by tabs, merged
 * cells as empty cells) into tables, as filed.
 *
 * <p>Two layout facts shape it. A blank first (or second) cell continues the 一级 (二级) named above it, except
 * at the top of a table split by a page break, where the merged label stands on a later row and the rows above
 * it belong to it too. Rows naming neither a 三级指标 nor a 目标值 are the empty slots of the printed template
 * (e.g. 资产管理 with nothing filed): they carry a label for the rows below but are no indicator.
 */
public final class SeedDocumentParser {

    private static final String TABLE_START = "项目名称";
    private static final String INDICATOR_HEADER = "一级指标";
    private static final String TABLE_TITLE_SUFFIX = "支出项目绩效目标表";

    public List<SeedTable> parse(String document) {
        List<String> lines = document.lines().toList();
        List<SeedTable> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(TABLE_START + "\t")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith(TABLE_START + "\t")
                        && !lines.get(end).endsWith(TABLE_TITLE_SUFFIX)) {
                    end++;
                }
                tables.add(new SeedTable(tables.size() + 1, parseTable(lines.subList(i, end))));
                i = end - 1;
            }
        }
        return tables;
    }

    private TargetTable parseTable(List<String> lines) {
        Map<String, String> cells = new HashMap<>();
        List<Indicator> indicators = List.of();
        for (int i = 0; i < lines.size(); i++) {
            String[] row = cells(lines.get(i));
            if (row[0].equals(INDICATOR_HEADER)) {
                indicators = parseIndicators(lines.subList(i + 1, lines.size()));
                break;
            }
            if (row[0].equals(TABLE_START)) {
                cells.put(TABLE_START, joinNonEmpty(row, 1, row.length));
            } else if (isLabelValueLabelValue(row)) {
                cells.put(row[0], row[1]);
                cells.put(row[2], row[3]);
            } else if (!row[0].isEmpty()) {
                cells.put(row[0], joinNonEmpty(row, 1, row.length));
            }
        }
        return new TargetTable(
                value(cells, TABLE_START), value(cells, "单位编码"), value(cells, "资金用途"),
                value(cells, "项目负责人"), value(cells, "联系人"), value(cells, "联系电话"),
                LocalDate.parse(value(cells, "开始时间")), LocalDate.parse(value(cells, "结束时间")),
                amount(cells, "项目总金额"), amount(cells, "项目本年度金额"),
                amount(cells, "上年度项目总金额"), amount(cells, "项目上年度金额"),
                value(cells, "项目概况"), value(cells, "立项依据"), value(cells, "项目设立的必要性"),
                value(cells, "项目配套制度措施"), value(cells, "项目实施计划"), value(cells, "备注"),
                value(cells, "项目总目标"), value(cells, "年度绩效目标"), indicators);
    }

    /** Header rows such as {@code 单位编码⇥020008⇥资金用途⇥业务类}: two label/value pairs. */
    private static boolean isLabelValueLabelValue(String[] row) {
        return row.length >= 4 && !row[2].isEmpty() && HEADER_PAIR_LABELS.contains(row[2]);
    }

    private static final List<String> HEADER_PAIR_LABELS =
            List.of("资金用途", "联系人", "结束时间", "项目本年度金额", "项目上年度金额");

    private List<Indicator> parseIndicators(List<String> lines) {
        List<Indicator> indicators = new ArrayList<>();
        List<Integer> awaitingLevel1 = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] row = Arrays.copyOf(cells(line), 4);
            for (int c = 0; c < 4; c++) {
                row[c] = row[c] == null ? "" : row[c].strip();
            }
            if (!row[0].isEmpty()) {
                level1 = row[0];
                for (int index : awaitingLevel1) {
                    Indicator pending = indicators.get(index);
                    indicators.set(index, new Indicator(level1, pending.level2(), pending.name(), pending.target()));
                }
                awaitingLevel1.clear();
            }
            if (!row[1].isEmpty()) {
                level2 = row[1];
            }
            if (row[2].isEmpty() && row[3].isEmpty()) {
                continue;
            }
            if (level1 == null) {
                awaitingLevel1.add(indicators.size());
            }
            indicators.add(new Indicator(level1, level2, emptyToNull(row[2]), emptyToNull(row[3])));
        }
        return indicators;
    }

    private static String[] cells(String line) {
        return line.split("\t", -1);
    }

    private static String joinNonEmpty(String[] row, int from, int to) {
        StringBuilder joined = new StringBuilder();
        for (int c = from; c < to; c++) {
            joined.append(row[c].strip());
        }
        return joined.toString();
    }

    private static String value(Map<String, String> cells, String label) {
        return emptyToNull(cells.getOrDefault(label, "").strip());
    }

    private static BigDecimal amount(Map<String, String> cells, String label) {
        String value = value(cells, label);
        return value == null ? null : new BigDecimal(value);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
