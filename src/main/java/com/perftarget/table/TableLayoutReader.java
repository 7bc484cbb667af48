package com.perftarget.table;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of the 绩效目标表 layout: a grid of cell texts (a printed table's rows, from the seed's text lines or
 * a worksheet's rows, merged cells as blank cells) in, a {@link TableDraft} out, with the cell each value came from so
 * that every problem can be named where it stands.
 *
 * <p>What it knows of the layout, and of the ways real tables are written: a header block of label/value cells, the
 * labels as {@link TableField} declares them or in common variants (notes such as {@code （万元）} or
 * {@code (必填)}, full-width characters, 项目期限 for both dates, 单位 with the code in brackets); then a header row
 * naming 一级指标 / 二级指标 / 三级指标 / 目标值 (or 指标值, with or without a separate 计量单位 column) in any columns;
 * below it the indicator rows. A blank 一级 (二级) cell continues the label above it — merged cells — except at the top
 * of a table split by a page break, where the merged label stands on a later row and the rows above it belong to it
 * too. Rows naming neither a 三级指标 nor a 目标值 are the empty slots of a printed template. Scores and notes in the
 * 一级/二级 labels ({@code 产出指标(50分)}, {@code 数量指标（必填）}) are not part of the label.
 */
public final class TableLayoutReader {

    /** A cell of the grid (0-based row and column). */
    public record Position(int row, int column) {
    }

    /** What a grid holds: the draft, where each field ({@link FieldError}-style key) came from, and what could not be read. */
    public record Reading(TableDraft draft, Map<String, Position> sources, List<Problem> problems) {

        /** Whether the grid has the layout at all: its indicator header (a list of projects has a 项目名称 too). */
        public boolean isTable() {
            return sources.containsKey(TableField.INDICATORS);
        }
    }

    /** Something in a cell that cannot be read as the layout says (Chinese). */
    public record Problem(Position at, String message) {
    }

    /** Labels of the unit's name, with its code in brackets after it where a layout shows both. */
    private static final List<String> UNIT_NAME_LABELS = List.of("单位", "单位名称", "预算单位");
    private static final List<String> LEVEL1 = List.of("一级指标");
    private static final List<String> LEVEL2 = List.of("二级指标");
    private static final List<String> NAME = List.of("三级指标", "指标名称", "指标内容");
    private static final List<String> TARGET = List.of("目标值", "指标值", "年度指标值", "预期目标值", "指标目标值");
    private static final List<String> MEASURE = List.of("计量单位", "度量单位", "单位");
    private static final Pattern NOTE = Pattern.compile("[(（][^()（）]*[)）]");
    private static final Pattern LEVEL_NOTE =
            Pattern.compile("[(（][^()（）]*(分|必填|选填|填写|可选|适用|不填)[^()（）]*[)）]");
    private static final Pattern CODE_IN_BRACKETS = Pattern.compile("[(（]\\s*([0-9A-Za-z]+)\\s*[)）]\\s*$");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[年./\\-]\\s*(\\d{1,2})(?:\\s*[月./\\-]\\s*(\\d{1,2})(?!\\d)\\s*日?)?\\s*月?|(\\d{4})(\\d{2})(\\d{2})");

    /** Declared last: it reads the patterns above. */
    private static final Map<String, List<TableField>> HEADER_LABELS = headerLabels();

    public Reading read(List<List<String>> grid) {
        Map<TableField, String> values = new LinkedHashMap<>();
        Map<String, Position> sources = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<String> row = grid.get(r);
            Columns columns = Columns.of(row);
            if (columns != null) {
                sources.put(TableField.INDICATORS, new Position(r, columns.level1));
                List<Indicator> indicators = indicators(grid, r + 1, columns, sources);
                return new Reading(TableDraft.of(values::get, indicators), sources, problems);
            }
            headerRow(row, r, values, sources, problems);
        }
        return new Reading(TableDraft.of(values::get, List.of()), sources, problems);
    }

    /** One header row: each label cell takes the text up to the next label cell as its value. */
    private static void headerRow(List<String> row, int r, Map<TableField, String> values,
                                  Map<String, Position> sources, List<Problem> problems) {
        for (int c = 0; c < row.size(); c++) {
            String label = label(row.get(c));
            if (!HEADER_LABELS.containsKey(label)) {
                continue;
            }
            StringBuilder value = new StringBuilder();
            int valueColumn = c + 1;
            int next = c + 1;
            for (; next < row.size() && !HEADER_LABELS.containsKey(label(row.get(next))); next++) {
                String text = text(row.get(next));
                if (value.isEmpty() && !text.isEmpty()) {
                    valueColumn = next;
                }
                value.append(text);
            }
            Position at = new Position(r, valueColumn);
            put(label, value.toString(), at, values, sources, problems);
            c = next - 1;
        }
    }

    private static void put(String label, String value, Position at, Map<TableField, String> values,
                            Map<String, Position> sources, List<Problem> problems) {
        if (UNIT_NAME_LABELS.contains(label)) {
            Matcher code = CODE_IN_BRACKETS.matcher(value);
            if (code.find()) {
                record(TableField.UNIT_CODE, code.group(1), at, values, sources);
            }
            return;
        }
        List<TableField> fields = HEADER_LABELS.get(label);
        if (fields.size() == 2) {
            List<LocalDate> period = period(value);
            if (period == null) {
                sources.put(TableField.START_DATE.key(), at);
                sources.put(TableField.END_DATE.key(), at);
                if (!value.isBlank()) {
                    problems.add(new Problem(at, "项目期限「" + value + "」读不出开始和结束日期，应写作 2021-01-01 至 2021-12-31"));
                }
                return;
            }
            record(TableField.START_DATE, period.get(0).toString(), at, values, sources);
            record(TableField.END_DATE, period.get(1).toString(), at, values, sources);
            return;
        }
        TableField field = fields.get(0);
        String normalised = switch (field.kind()) {
            case DATE -> date(value);
            case AMOUNT -> amount(value);
            default -> value;
        };
        record(field, normalised, at, values, sources);
    }

    private static void record(TableField field, String value, Position at, Map<TableField, String> values,
                               Map<String, Position> sources) {
        values.putIfAbsent(field, value.isBlank() ? null : value);
        sources.putIfAbsent(field.key(), at);
    }

    private static List<Indicator> indicators(List<List<String>> grid, int first, Columns columns,
                                              Map<String, Position> sources) {
        List<Indicator> indicators = new ArrayList<>();
        List<Integer> awaitingLevel1 = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        for (int r = first; r < grid.size(); r++) {
            List<String> row = grid.get(r);
            String cell1 = level(cell(row, columns.level1));
            String cell2 = level(cell(row, columns.level2));
            String name = text(cell(row, columns.name));
            String target = columns.target(row);
            if (!cell1.isEmpty()) {
                level1 = cell1;
                for (int index : awaitingLevel1) {
                    Indicator pending = indicators.get(index);
                    indicators.set(index, new Indicator(level1, pending.level2(), pending.name(), pending.target()));
                }
                awaitingLevel1.clear();
            }
            if (!cell2.isEmpty()) {
                level2 = cell2;
            }
            if (name.isEmpty() && target.isEmpty()) {
                continue;
            }
            if (level1 == null) {
                awaitingLevel1.add(indicators.size());
            }
            String at = TableField.INDICATORS + "[" + indicators.size() + "].";
            sources.put(at + "level1", new Position(r, columns.level1));
            sources.put(at + "level2", new Position(r, columns.level2));
            sources.put(at + "name", new Position(r, columns.name));
            sources.put(at + "target", new Position(r, columns.target));
            indicators.add(new Indicator(level1, level2, emptyToNull(name), emptyToNull(target)));
        }
        return indicators;
    }

    /** Where the indicator columns are, from the header row that names them. */
    private record Columns(int level1, int level2, int name, int target, int measure) {

        static Columns of(List<String> row) {
            int level1 = find(row, LEVEL1);
            if (level1 < 0) {
                return null;
            }
            int level2 = find(row, LEVEL2);
            int name = find(row, NAME);
            int target = find(row, TARGET);
            return new Columns(level1, level2 < 0 ? level1 + 1 : level2, name < 0 ? level1 + 2 : name,
                    target < 0 ? level1 + 3 : target, find(row, MEASURE));
        }

        /** The 目标值, joined with its 计量单位 where the template keeps that in a column of its own. */
        String target(List<String> row) {
            String value = text(cell(row, target));
            String unit = measure < 0 ? "" : text(cell(row, measure));
            return value.isEmpty() || value.endsWith(unit) ? value : value + unit;
        }

        private static int find(List<String> row, List<String> labels) {
            for (int c = 0; c < row.size(); c++) {
                if (labels.contains(label(row.get(c)))) {
                    return c;
                }
            }
            return -1;
        }
    }

    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column) : null;
    }

    private static String text(String cell) {
        return cell == null ? "" : cell.strip();
    }

    /** A 一级/二级 label without scores or notes. */
    private static String level(String cell) {
        return LEVEL_NOTE.matcher(text(cell)).replaceAll("").strip();
    }

    /** A label as it is matched: half-width, without blanks, notes in brackets or a trailing colon. */
    static String label(String cell) {
        String label = halfWidth(text(cell)).replaceAll("\\s+", "");
        label = NOTE.matcher(label).replaceAll("");
        return label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
    }

    /** Full-width ASCII (digits, letters, signs) and the ideographic space as their ASCII forms. */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An amount as typed: half-width, without blanks or a trailing 万元 (the table's unit). */
    private static String amount(String value) {
        String amount = halfWidth(value).replaceAll("\\s+", "");
        return amount.endsWith("万元") ? amount.substring(0, amount.length() - 2) : amount;
    }

    /** A date written as 2021-01-01, 2021/1/1, 2021.1.1, 2021年1月1日 or 20210101 in ISO form; else as written. */
    private static String date(String value) {
        String text = halfWidth(value).strip();
        Matcher m = DATE.matcher(text);
        if (m.matches() && (m.group(3) != null || m.group(4) != null)) {
            LocalDate date = toDate(m, false);
            return date == null ? text : date.toString();
        }
        return text;
    }

    /**
     * 项目期限 as two dates ({@code 2021-01-01 至 2021-12-31}, {@code 2021年1月-2021年12月}: a month alone runs from its
     * first to its last day), or a year alone ({@code 2021年}); {@code null} when it says neither.
     */
    static List<LocalDate> period(String value) {
        String text = halfWidth(value).strip();
        Matcher m = DATE.matcher(text);
        List<LocalDate> found = new ArrayList<>();
        while (m.find()) {
            LocalDate date = toDate(m, !found.isEmpty());
            if (date == null) {
                return null;
            }
            found.add(date);
        }
        if (found.size() == 2) {
            return found;
        }
        Matcher year = Pattern.compile("^(\\d{4})\\s*年?度?$").matcher(text);
        if (found.isEmpty() && year.matches()) {
            int y = Integer.parseInt(year.group(1));
            return List.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        return null;
    }

    private static LocalDate toDate(Matcher m, boolean end) {
        try {
            if (m.group(4) != null) {
                return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6)));
            }
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            return month.atDay(Integer.parseInt(m.group(3)));
        } catch (RuntimeException invalid) {
            return null;
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Map<String, List<TableField>> headerLabels() {
        Map<String, List<TableField>> labels = new HashMap<>();
        for (TableField field : TableField.values()) {
            labels.put(label(field.label()), List.of(field));
        }
        labels.put("单位代码", List.of(TableField.UNIT_CODE));
        UNIT_NAME_LABELS.forEach(label -> labels.put(label, List.of(TableField.UNIT_CODE)));
        labels.put("起始时间", List.of(TableField.START_DATE));
        labels.put("完成时间", List.of(TableField.END_DATE));
        labels.put("项目期限", List.of(TableField.START_DATE, TableField.END_DATE));
        labels.put("实施期限", List.of(TableField.START_DATE, TableField.END_DATE));
        labels.put("项目总额", List.of(TableField.TOTAL_AMOUNT));
        labels.put("项目资金总额", List.of(TableField.TOTAL_AMOUNT));
        labels.put("本年度金额", List.of(TableField.YEAR_AMOUNT));
        labels.put("年度资金总额", List.of(TableField.YEAR_AMOUNT));
        labels.put("上年度金额", List.of(TableField.LAST_YEAR_AMOUNT));
        labels.put("总体目标", List.of(TableField.OVERALL_GOAL));
        labels.put("年度目标", List.of(TableField.ANNUAL_GOAL));
        return Map.copyOf(labels);
    }
}
