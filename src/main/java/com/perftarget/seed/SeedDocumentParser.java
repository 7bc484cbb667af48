package com.perftarget.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.perftarget.table.TableDraft;
import com.perftarget.table.TableDraftChecker;
import com.perftarget.table.TableField;
import com.perftarget.table.TableLayoutReader;
import com.perftarget.table.TargetTable;

/**
 * Reads the 项目支出绩效目标表 of a budget explanation in the seed's text form (cells separated by tabs, merged
 * cells as empty cells) into tables, as filed: it finds where each table starts and ends in the document and leaves
 * the layout itself to {@link TableLayoutReader}, the reader that workbooks go through too.
 */
public final class SeedDocumentParser {

    /** The seed labels its fields as the table declares them; the input check types them, as for any filing. */
    private static final TableDraftChecker CHECKER = new TableDraftChecker();
    private static final TableLayoutReader LAYOUT = new TableLayoutReader();
    private static final String TABLE_START = TableField.PROJECT_NAME.label();
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

    /** The seed's lines as the layout's grid: cells separated by tabs. */
    private static TargetTable parseTable(List<String> lines) {
        List<List<String>> grid = lines.stream().map(line -> Arrays.asList(line.split("\t", -1))).toList();
        TableDraft draft = LAYOUT.read(grid).draft();
        return CHECKER.check(draft, draft.unitCode());
    }
}
