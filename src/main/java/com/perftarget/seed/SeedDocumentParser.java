package com.perftarget.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.perftarget.table.Indicator;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableDraftChecker;
import com.perftarget.table.TableField;
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

    /** The seed labels its fields as the table declares them; the input check types them, as for any filing. */
    private static final TableDraftChecker CHECKER = new TableDraftChecker();
    private static final String TABLE_START = TableField.PROJECT_NAME.label();
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
        TableDraft draft = TableDraft.of(field -> value(cells, field.label()), indicators);
        return CHECKER.check(draft, draft.unitCode());
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


    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
