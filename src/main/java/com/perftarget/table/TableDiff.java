package com.perftarget.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed from one version of a table to another: header fields and narrative sections (old → new), and
 * indicator rows added, removed or changed. Rows are matched by 一级/二级/三级 first (in order where a name repeats),
 * then the rows left over by position.
 */
public record TableDiff(int from, int to, List<FieldChange> fields, List<RowChange> indicators) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One value that changed; {@code field} is the glossary name, {@code label} what users read. */
    public record FieldChange(String field, String label, String from, String to) {
    }

    /** One indicator row added, removed or changed; rows are 1-based positions in their version. */
    public record RowChange(Kind change, Integer fromRow, Integer toRow, Indicator from, Indicator to,
                            List<FieldChange> changes) {
    }

    private enum RowField {
        LEVEL1("level1", "一级指标", Indicator::level1),
        LEVEL2("level2", "二级指标", Indicator::level2),
        NAME("name", "三级指标", Indicator::name),
        TARGET("target", "目标值", Indicator::target);

        final String key;
        final String label;
        final Function<Indicator, String> value;

        RowField(String key, String label, Function<Indicator, String> value) {
            this.key = key;
            this.label = label;
            this.value = value;
        }
    }

    public static TableDiff between(int fromVersion, TargetTable from, int toVersion, TargetTable to) {
        List<FieldChange> fields = new ArrayList<>();
        TableDraft before = TableDraft.of(from);
        TableDraft after = TableDraft.of(to);
        for (TableField field : TableField.values()) {
            String old = before.value(field);
            String now = after.value(field);
            if (!Objects.equals(old, now)) {
                fields.add(new FieldChange(field.key(), field.label(), old, now));
            }
        }
        return new TableDiff(fromVersion, toVersion, fields, rowChanges(from.indicators(), to.indicators()));
    }

    private static List<RowChange> rowChanges(List<Indicator> old, List<Indicator> now) {
        int[] partnerOfNew = new int[now.size()];
        boolean[] oldMatched = new boolean[old.size()];
        Arrays.fill(partnerOfNew, -1);
        // First by 一级/二级/三级: the n-th old row of a name pairs with the n-th new row of that name.
        Map<List<String>, List<Integer>> oldByName = new HashMap<>();
        for (int i = 0; i < old.size(); i++) {
            oldByName.computeIfAbsent(nameOf(old.get(i)), k -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < now.size(); j++) {
            List<Integer> candidates = oldByName.get(nameOf(now.get(j)));
            if (candidates != null && !candidates.isEmpty()) {
                int i = candidates.remove(0);
                partnerOfNew[j] = i;
                oldMatched[i] = true;
            }
        }
        // Then the rows left over, by position.
        for (int j = 0; j < now.size(); j++) {
            if (partnerOfNew[j] < 0 && j < old.size() && !oldMatched[j]) {
                partnerOfNew[j] = j;
                oldMatched[j] = true;
            }
        }
        List<RowChange> changes = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            if (!oldMatched[i]) {
                changes.add(new RowChange(Kind.REMOVED, i + 1, null, old.get(i), null, List.of()));
            }
        }
        for (int j = 0; j < now.size(); j++) {
            int i = partnerOfNew[j];
            if (i < 0) {
                changes.add(new RowChange(Kind.ADDED, null, j + 1, null, now.get(j), List.of()));
                continue;
            }
            List<FieldChange> cells = new ArrayList<>();
            for (RowField field : RowField.values()) {
                String before = field.value.apply(old.get(i));
                String after = field.value.apply(now.get(j));
                if (!Objects.equals(before, after)) {
                    cells.add(new FieldChange(field.key, field.label, before, after));
                }
            }
            if (!cells.isEmpty()) {
                changes.add(new RowChange(Kind.CHANGED, i + 1, j + 1, old.get(i), now.get(j), cells));
            }
        }
        return changes;
    }

    private static List<String> nameOf(Indicator row) {
        return Arrays.asList(row.level1(), row.level2(), row.name());
    }

    public boolean isEmpty() {
        return fields.isEmpty() && indicators.isEmpty();
    }

    /** The changes as lines a reviewer reads, e.g. {@code 道路标线施划面积 目标值：≥4.5万平方米 → ≥5万平方米}. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        fields.forEach(f -> lines.add(f.label() + "：" + shown(f.from()) + " → " + shown(f.to())));
        for (RowChange row : indicators) {
            switch (row.change()) {
                case ADDED -> lines.add("新增指标（第 " + row.toRow() + " 行）：" + path(row.to()));
                case REMOVED -> lines.add("删除指标（原第 " + row.fromRow() + " 行）：" + path(row.from()));
                case CHANGED -> row.changes().forEach(cell -> lines.add(
                        shown(row.from().name()) + " " + cell.label() + "：" + shown(cell.from()) + " → " + shown(cell.to())));
            }
        }
        return lines;
    }

    private static String path(Indicator row) {
        return shown(row.level1()) + " / " + shown(row.level2()) + " / " + shown(row.name()) + "：" + shown(row.target());
    }

    private static String shown(String value) {
        if (value == null) {
            return "（空）";
        }
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
