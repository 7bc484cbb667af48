package com.perftarget.workbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import com.perftarget.table.Indicator;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;

/**
 * One 绩效目标表 as a worksheet in the printed layout: the title, the header block (labels from {@link TableField}),
 * the narrative sections, then the indicator tree — 一级 and 二级 merged down over their rows, 三级 and 目标值 — on A4,
 * fitted to the width, the indicator header repeated on every printed page, in a CJK font.
 */
final class TableSheet {

    static final String TITLE = "项目支出绩效目标表";
    static final String FONT = "宋体";
    static final List<String> INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "目标值");
    private static final int COLUMNS = 4;
    private static final List<TableField> AMOUNTS = List.of(TableField.TOTAL_AMOUNT, TableField.YEAR_AMOUNT,
            TableField.LAST_TOTAL_AMOUNT, TableField.LAST_YEAR_AMOUNT);
    private static final List<TableField> NARRATIVE = List.of(TableField.FUND_USE, TableField.OVERVIEW,
            TableField.BASIS, TableField.NECESSITY, TableField.MEASURES, TableField.PLAN, TableField.OVERALL_GOAL,
            TableField.ANNUAL_GOAL, TableField.REMARKS);

    private final Styles styles;

    TableSheet(Styles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, TargetTable table, String unitName) {
        int row = 0;
        row = title(sheet, row);
        row = field(sheet, row, TableField.PROJECT_NAME.label(), table.projectName());
        row = field(sheet, row, "单位", unitName + "（" + table.unitCode() + "）");
        row = field(sheet, row, TableField.LEADER.label(), table.leader());
        row = field(sheet, row, TableField.CONTACT.label(), table.contact());
        row = field(sheet, row, TableField.PHONE.label(), table.phone());
        row = field(sheet, row, "项目期限", table.startDate() + " 至 " + table.endDate());
        for (TableField amount : AMOUNTS) {
            row = amount(sheet, row, amount.label() + "（万元）", (BigDecimal) amount.of(table));
        }
        for (TableField section : NARRATIVE) {
            row = field(sheet, row, section.label(), section.textOf(table));
        }
        int header = row;
        Row labels = sheet.createRow(row++);
        for (int c = 0; c < COLUMNS; c++) {
            cell(labels, c, INDICATOR_HEADER.get(c), styles.header);
        }
        row = indicators(sheet, row, table.indicators());

        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 40 * 256);
        sheet.setColumnWidth(3, 22 * 256);
        sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
        sheet.setAutobreaks(true);
        printOnA4FittedToWidth(sheet);
    }

    /** A4, every column on the page, as many pages down as it takes. */
    static void printOnA4FittedToWidth(Sheet sheet) {
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private int title(Sheet sheet, int row) {
        Row title = sheet.createRow(row);
        title.setHeightInPoints(28);
        cell(title, 0, TITLE, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, COLUMNS - 1));
        return row + 1;
    }

    private int field(Sheet sheet, int row, String label, String value) {
        Row line = sheet.createRow(row);
        cell(line, 0, label, styles.label);
        cell(line, 1, value == null ? "" : value, styles.text);
        for (int c = 2; c < COLUMNS; c++) {
            cell(line, c, "", styles.text);
        }
        sheet.addMergedRegion(new CellRangeAddress(row, row, 1, COLUMNS - 1));
        // Long sections wrap: about 45 characters fit on a line across the merged columns.
        int lines = value == null ? 1 : Math.max(1, Math.min(40, (value.length() + 44) / 45));
        line.setHeightInPoints(Math.max(18, lines * 15f));
        return row + 1;
    }

    private int amount(Sheet sheet, int row, String label, BigDecimal value) {
        Row line = sheet.createRow(row);
        cell(line, 0, label, styles.label);
        Cell amount = line.createCell(1);
        amount.setCellStyle(styles.amount);
        if (value != null) {
            amount.setCellValue(value.doubleValue());
        }
        for (int c = 2; c < COLUMNS; c++) {
            cell(line, c, "", styles.text);
        }
        sheet.addMergedRegion(new CellRangeAddress(row, row, 1, COLUMNS - 1));
        return row + 1;
    }

    /** The rows, and 一级 (then 二级 within it) merged down over each run of equal labels. */
    private int indicators(Sheet sheet, int first, List<Indicator> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Indicator indicator = rows.get(i);
            Row line = sheet.createRow(first + i);
            cell(line, 0, indicator.level1(), styles.text);
            cell(line, 1, indicator.level2(), styles.text);
            cell(line, 2, indicator.name(), styles.text);
            cell(line, 3, indicator.target(), styles.text);
        }
        int level1Start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !Objects.equals(rows.get(i).level1(), rows.get(level1Start).level1())) {
                mergeDown(sheet, 0, first + level1Start, first + i - 1);
                int level2Start = level1Start;
                for (int j = level1Start + 1; j <= i; j++) {
                    if (j == i || !Objects.equals(rows.get(j).level2(), rows.get(level2Start).level2())) {
                        mergeDown(sheet, 1, first + level2Start, first + j - 1);
                        level2Start = j;
                    }
                }
                level1Start = i;
            }
        }
        return first + rows.size();
    }

    private static void mergeDown(Sheet sheet, int column, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(from, to, column, column));
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    /** The styles of one workbook (a workbook holds a limited number: made once, shared by its sheets). */
    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle label;
        final CellStyle text;
        final CellStyle amount;

        Styles(Workbook workbook) {
            Font plain = font(workbook, false, 11);
            Font bold = font(workbook, true, 11);
            title = style(workbook, font(workbook, true, 16), false);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = style(workbook, bold, true);
            header.setAlignment(HorizontalAlignment.CENTER);
            label = style(workbook, bold, true);
            text = style(workbook, plain, true);
            amount = style(workbook, plain, true);
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            amount.setAlignment(HorizontalAlignment.LEFT);
        }

        private static Font font(Workbook workbook, boolean bold, int points) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setCharSet(FontCharset.GB2312.getNativeId());
            font.setBold(bold);
            font.setFontHeightInPoints((short) points);
            return font;
        }

        private static CellStyle style(Workbook workbook, Font font, boolean bordered) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (bordered) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
