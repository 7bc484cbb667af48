package com.perftarget.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.perftarget.support.SeedTables;
import com.perftarget.table.Indicator;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;

/** Seed table 02 written as a worksheet and read back: the 绩效目标表 layout, merges, print setup and font. */
class TableSheetTest {

    private static final TargetTable TABLE = SeedTables.parse().get(1).table();

    @Test
    void aTableBecomesTheLayoutOfThePrintedForm() throws Exception {
        XSSFSheet sheet = writtenAndReadBack();

        assertThat(text(sheet.getRow(0), 0)).isEqualTo("项目支出绩效目标表");
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 3));
        assertThat(valueBeside(sheet, TableField.PROJECT_NAME.label())).isEqualTo(TABLE.projectName());
        assertThat(valueBeside(sheet, "单位")).isEqualTo("济源市公安局交通管理支队（020008）");
        assertThat(valueBeside(sheet, "项目期限")).isEqualTo(TABLE.startDate() + " 至 " + TABLE.endDate());
        assertThat(rowLabelled(sheet, "项目总金额（万元）").getCell(1).getNumericCellValue())
                .isEqualTo(TABLE.totalAmount().doubleValue());
        assertThat(valueBeside(sheet, TableField.ANNUAL_GOAL.label())).isEqualTo(TABLE.annualGoal());

        int header = rowLabelled(sheet, "一级指标").getRowNum();
        List<Indicator> rows = TABLE.indicators();
        for (int i = 0; i < rows.size(); i++) {
            Row line = sheet.getRow(header + 1 + i);
            assertThat(text(line, 2)).isEqualTo(rows.get(i).name());
            assertThat(text(line, 3)).isEqualTo(rows.get(i).target());
        }
        assertThat(sheet.getLastRowNum()).isEqualTo(header + rows.size());
        // 一级 merged down over each run of equal labels, 二级 over each run within its 一级.
        Set<CellRangeAddress> merged = new HashSet<>(sheet.getMergedRegions());
        assertThat(merged).containsAll(runs(rows, header + 1, 0, Indicator::level1, r -> ""));
        assertThat(merged).containsAll(runs(rows, header + 1, 1, Indicator::level2, Indicator::level1));

        assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
        assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header, -1, -1));
        assertThat(sheet.getWorkbook().getFontAt(sheet.getRow(header + 1).getCell(2).getCellStyle().getFontIndex())
                .getFontName()).isEqualTo("宋体");
    }

    @Test
    void sheetNamesAreLegalAndUnique() {
        Set<String> taken = new HashSet<>(Set.of("汇总"));
        assertThat(WorkbookService.sheetName("汇总", taken)).isEqualTo("汇总~2");
        String name = WorkbookService.sheetName("道路交通管理专项-道路标志标线及道路设施维护/[检修]:*?", taken);
        assertThat(name).hasSizeLessThanOrEqualTo(31).doesNotContain("/", "[", "]", ":", "*", "?");
        assertThat(WorkbookService.sheetName("道路交通管理专项-道路标志标线及道路设施维护/[检修]:*?", taken))
                .isNotEqualTo(name).hasSizeLessThanOrEqualTo(31);
    }

    private static XSSFSheet writtenAndReadBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new TableSheet(new TableSheet.Styles(workbook)).write(workbook.createSheet("02"), TABLE, "济源市公安局交通管理支队");
            workbook.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    /** The merged regions expected in a column: one per run of more than one row with the same key. */
    private static List<CellRangeAddress> runs(List<Indicator> rows, int first, int column,
                                               Function<Indicator, String> key, Function<Indicator, String> parent) {
        List<CellRangeAddress> expected = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !Objects.equals(key.apply(rows.get(i)), key.apply(rows.get(start)))
                    || !Objects.equals(parent.apply(rows.get(i)), parent.apply(rows.get(start)))) {
                if (i - 1 > start) {
                    expected.add(new CellRangeAddress(first + start, first + i - 1, column, column));
                }
                start = i;
            }
        }
        assertThat(expected).as("the seed table has runs to merge in column " + column).isNotEmpty();
        return expected;
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(text(row, 0))) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    private static String valueBeside(Sheet sheet, String label) {
        return text(rowLabelled(sheet, label), 1);
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? null : row.getCell(column).getStringCellValue();
    }
}
