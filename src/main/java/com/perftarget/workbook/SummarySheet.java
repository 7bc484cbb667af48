package com.perftarget.workbook;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.perftarget.submission.FundKind;

/** The 汇总 sheet of a unit-year workbook as it is read back: each project's fund kind, by its name. */
final class SummarySheet {

    private static final String NAME = WorkbookService.SUMMARY_HEADER.get(1);
    private static final String FUND_KIND = WorkbookService.SUMMARY_HEADER.get(2);

    private SummarySheet() {
    }

    /** {@code 项目名称 → 资金性质} from every sheet with both columns (labels 一般性项目 / 专项资金, as written out). */
    static Map<String, FundKind> fundKinds(List<WorkbookReader.Grid> sheets) {
        Map<String, FundKind> kinds = new HashMap<>();
        for (WorkbookReader.Grid sheet : sheets) {
            int nameColumn = -1;
            int kindColumn = -1;
            for (List<String> row : sheet.rows()) {
                if (nameColumn < 0) {
                    nameColumn = row.stream().map(String::strip).toList().indexOf(NAME);
                    kindColumn = row.stream().map(String::strip).toList().indexOf(FUND_KIND);
                    if (kindColumn < 0) {
                        nameColumn = -1;
                    }
                    continue;
                }
                if (row.size() > Math.max(nameColumn, kindColumn)) {
                    String kind = row.get(kindColumn).strip();
                    String project = row.get(nameColumn).strip();
                    Arrays.stream(FundKind.values()).filter(k -> k.label().equals(kind)).findFirst()
                            .ifPresent(k -> kinds.put(project, k));
                }
            }
        }
        return kinds;
    }
}
