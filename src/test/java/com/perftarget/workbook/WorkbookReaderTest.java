package com.perftarget.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.perftarget.seed.SeedTable;
import com.perftarget.support.SeedTables;
import com.perftarget.table.Indicator;
import com.perftarget.table.TableDraftChecker;
import com.perftarget.table.TargetTable;

/**
 * Workbooks in: the seed's tables written out and read back identically; a published table typed into another
 * template (scores and notes in the labels, 指标值 and 计量单位 in columns of their own, Excel dates, numbers as
 * text, full-width digits, blank template rows) read as published; and every kind of file we refuse.
 */
class WorkbookReaderTest {

    private static final WorkbookReader READER =
            new WorkbookReader(new WorkbookProperties(DataSize.ofMegabytes(10), 2000, 1100));
    private static final TableDraftChecker CHECKER = new TableDraftChecker();

    static Stream<SeedTable> seedTables() {
        return SeedTables.parse().stream();
    }

    @ParameterizedTest(name = "seed table {0}")
    @MethodSource("seedTables")
    void eachSeedTableExportedAndImportedIsTheIdenticalTable(SeedTable seed) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new TableSheet(new TableSheet.Styles(workbook)).write(workbook.createSheet("表"), seed.table(),
                    "济源市公安局交通管理支队");
            WorkbookReader.Contents read = READER.read(bytes(workbook));
            assertThat(read.problems()).isEmpty();
            assertThat(read.tables()).hasSize(1);
            assertThat(CHECKER.check(read.tables().get(0).draft(), "020008")).isEqualTo(seed.table());
        }
    }

    @Test
    void aPublishedTableTypedIntoAnotherTemplateReadsAsPublished() throws IOException {
        JsonNode published = published("fengjie-2023-processing-park");
        List<Indicator> rows = new ArrayList<>();
        published.get("rows").forEach(r -> rows.add(new Indicator(r.get("level1").asText(),
                r.get("level2").asText(), r.get("name").asText(), r.get("target").asText())));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            int r = 0;
            row(sheet, r++, "（2023年度）项目支出绩效目标申报表");
            row(sheet, r++, "项目名称：", published.get("project").asText(), "", "", "");
            row(sheet, r++, "单位名称", published.get("unit").asText() + "（500236）", "", "资金用途", "基本建设类");
            row(sheet, r++, "项目负责人", "张三", "", "联系人", "李四");
            row(sheet, r++, "联系电话", "023-5555 1234");
            Row period = row(sheet, r++, "开始时间", "", "", "结束时间", "");
            dateCell(period, 1, LocalDate.of(2023, 1, 1), date);
            dateCell(period, 4, LocalDate.of(2023, 12, 31), date);
            row(sheet, r++, "项目总金额（万元）", "１，２００．５", "", "项目本年度金额（万元）", "800");
            Row last = row(sheet, r++, "上年度项目总金额（万元）", "", "", "项目上年度金额(万元)", "0");
            last.createCell(1).setCellValue(400.25);
            row(sheet, r++, "年度绩效目标", "建成加工园区配套设施。");
            row(sheet, r++, "绩效指标");
            row(sheet, r++, "一级指标", "二级指标", "三级指标", "指标值", "计量单位");
            int first = r;
            String previous1 = null;
            String previous2 = null;
            for (Indicator indicator : rows) {
                Row line = sheet.createRow(r++);
                if (!indicator.level1().equals(previous1)) {
                    line.createCell(0).setCellValue(indicator.level1() + "（" + (indicator.level1().startsWith("产出") ? 50 : 30) + "分）");
                }
                if (!indicator.level2().equals(previous2) || !indicator.level1().equals(previous1)) {
                    line.createCell(1).setCellValue(indicator.level2() + "(必填)");
                }
                previous1 = indicator.level1();
                previous2 = indicator.level2();
                line.createCell(2).setCellValue(indicator.name());
                Matcher split = VALUE_AND_UNIT.matcher(indicator.target());
                if (split.matches() && split.group(1).matches("\\d+") && !split.group(2).isEmpty()) {
                    line.createCell(3).setCellValue(Double.parseDouble(split.group(1)));
                    line.createCell(4).setCellValue(split.group(2));
                } else if (split.matches()) {
                    line.createCell(3).setCellValue(split.group(1));
                    line.createCell(4).setCellValue(split.group(2));
                } else {
                    line.createCell(3).setCellValue(indicator.target());
                }
                if (r % 5 == 0) {
                    // A blank slot of the printed template between the filed rows.
                    sheet.createRow(r++).createCell(1).setCellValue(indicator.level2() + "(必填)");
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(first, first + 1, 0, 0));

            WorkbookReader.Contents read = READER.read(bytes(workbook));
            assertThat(read.problems()).isEmpty();
            TargetTable table = CHECKER.check(read.tables().get(0).draft(), "500236");
            assertThat(table.projectName()).isEqualTo(published.get("project").asText());
            assertThat(table.unitCode()).isEqualTo("500236");
            assertThat(table.fundUse()).isEqualTo("基本建设类");
            assertThat(table.contact()).isEqualTo("李四");
            assertThat(table.startDate()).isEqualTo(LocalDate.of(2023, 1, 1));
            assertThat(table.endDate()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(table.totalAmount()).isEqualByComparingTo("1200.5");
            assertThat(table.yearAmount()).isEqualByComparingTo("800");
            assertThat(table.lastTotalAmount()).isEqualByComparingTo("400.25");
            assertThat(table.indicators()).containsExactlyElementsOf(rows);
        }
    }

    @Test
    void formulasCountWithTheirCachedValueAndAreNamed() throws IOException {
        try (XSSFWorkbook workbook = seedWorkbook()) {
            Cell total = workbook.getSheetAt(0).getRow(7).getCell(1);
            total.setCellFormula("200+72.5");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(total);
            WorkbookReader.Contents read = READER.read(bytes(workbook));
            assertThat(CHECKER.check(read.tables().get(0).draft(), "020008").totalAmount())
                    .isEqualByComparingTo("272.5");
            assertThat(read.notices()).containsExactly("表!B8：是公式（200+72.5），按 Excel 保存的计算结果导入");
        }
    }

    @Test
    void eachBadValueIsNamedByItsCell() throws IOException {
        try (XSSFWorkbook workbook = seedWorkbook()) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(7).getCell(1).setCellValue("二百万");
            int header = headerRow(sheet);
            sheet.getRow(header + 2).getCell(3).setCellValue("");
            WorkbookReader.SheetTable table = READER.read(bytes(workbook)).tables().get(0);
            List<String> problems = CHECKER.inspect(table.draft(), "020008").refusals().stream()
                    .map(refusal -> table.cellOf(refusal.field()) + "：" + refusal.message()).toList();
            assertThat(problems).containsExactly(
                    "表!B8：项目总金额「二百万」不是数字，请填写以万元为单位的金额",
                    "表!D" + (header + 3) + "：第 2 行绩效指标缺少目标值");
        }
    }

    @Test
    void mergedCellsTheLayoutCannotPlaceAreRefusedByTheirRange() throws IOException {
        try (XSSFWorkbook workbook = seedWorkbook()) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = headerRow(sheet);
            sheet.addMergedRegion(new CellRangeAddress(header + 3, header + 3, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(header + 5, header + 6, 3, 3));
            assertThat(READER.read(bytes(workbook)).problems()).extracting(WorkbookProblem::message).containsExactly(
                    "表!C" + (header + 4) + ":D" + (header + 4) + "：合并单元格跨越了指标表的两列，无法判断取值，请拆分后再导入",
                    "表!D" + (header + 6) + ":D" + (header + 7) + "：三级指标和目标值不能合并多行，请每行各填一个后再导入");
        }
    }

    @Test
    void hiddenSheetsAreRefused() throws IOException {
        try (XSSFWorkbook workbook = seedWorkbook()) {
            workbook.createSheet("底稿").createRow(0).createCell(0).setCellValue("不给审核人看的");
            workbook.setSheetHidden(1, true);
            assertRefused(bytes(workbook), "工作表「底稿」是隐藏的：审核人看不到隐藏的内容，请取消隐藏或删除该表后再导入");
        }
    }

    @Test
    void filesThatAreNoWorkbookOfOursAreRefusedWithTheReason() throws IOException {
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            xls.createSheet("Sheet1");
            assertRefused(bytes(xls), "这是 Excel 97-2003 工作簿（.xls）或加密的文件，请在 Excel 中另存为不加密的 .xlsx 工作簿后再导入");
        }
        assertRefused("项目名称,车管业务经费\n".getBytes(StandardCharsets.UTF_8), "上传的文件不是 Excel 工作簿（.xlsx）");
        assertRefused(new byte[0], "上传的文件是空的");
        try (XSSFWorkbook xlsm = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            xlsm.createSheet("Sheet1");
            assertRefused(bytes(xlsm), "这是启用宏的工作簿（.xlsm），出于安全不予导入，请另存为 .xlsx 后再导入");
        }
        assertRefused(zipBomb(), "文件解压后异常庞大（疑似压缩炸弹），拒绝导入");
        WorkbookReader small = new WorkbookReader(new WorkbookProperties(DataSize.ofKilobytes(4), 2000, 1100));
        try (XSSFWorkbook workbook = seedWorkbook()) {
            byte[] file = bytes(workbook);
            assertThatThrownBy(() -> small.read(file)).isInstanceOfSatisfying(WorkbookRefusedException.class,
                    e -> assertThat(e.tooLarge()).isTrue());
        }
    }

    @Test
    void aSheetWithAHundredThousandRowsIsRefusedBeforeTheWorkbookIsBuilt() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < 100_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            byte[] file = bytes(workbook);
            workbook.dispose();
            assertRefused(file, "工作表「Sheet1」超过 2000 行，不是一张绩效目标表，请删去多余的行后再导入");
        }
    }

    private static final Pattern VALUE_AND_UNIT = Pattern.compile("^(.*?\\d(?:[\\d.,]*\\d)?)(\\D*)$");

    private static void assertRefused(byte[] file, String message) {
        assertThatThrownBy(() -> READER.read(file)).isInstanceOf(WorkbookRefusedException.class).hasMessage(message);
    }

    /** An .xlsx whose one sheet inflates 1,000-fold: what a zip bomb looks like. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ZipOutputStream zip = new ZipOutputStream(out)) {
            workbook.createSheet("Sheet1");
            try (var source = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes(workbook)))) {
                for (ZipEntry entry; (entry = source.getNextEntry()) != null; ) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    byte[] content = source.readAllBytes();
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int at = xml.indexOf("<sheetData");
                        zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                        byte[] blanks = new byte[1024 * 1024];
                        java.util.Arrays.fill(blanks, (byte) ' ');
                        for (int i = 0; i < 50; i++) {
                            zip.write(blanks);
                        }
                        zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                    } else {
                        zip.write(content);
                    }
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    private static XSSFWorkbook seedWorkbook() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        new TableSheet(new TableSheet.Styles(workbook)).write(workbook.createSheet("表"),
                SeedTables.parse().get(0).table(), "济源市公安局交通管理支队");
        return workbook;
    }

    private static int headerRow(Sheet sheet) {
        for (Row row : sheet) {
            if ("一级指标".equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no indicator header");
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
        return row;
    }

    private static void dateCell(Row row, int column, LocalDate date, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    private static JsonNode published(String id) throws IOException {
        try (InputStream in = WorkbookReaderTest.class.getResourceAsStream("/corpus/published-tables.json")) {
            for (JsonNode table : new ObjectMapper().readTree(in).get("tables")) {
                if (table.get("id").asText().equals(id)) {
                    return table;
                }
            }
        }
        throw new AssertionError("no published table " + id);
    }

    static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
