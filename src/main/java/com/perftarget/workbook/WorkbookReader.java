package com.perftarget.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.perftarget.table.TableDraft;
import com.perftarget.table.TableField;
import com.perftarget.table.TableLayoutReader;
import com.perftarget.table.TableLayoutReader.Position;

/**
 * Reads an uploaded .xlsx into the grids of its sheets and through {@link TableLayoutReader} into drafts, refusing
 * — with the reason, in Chinese, before anything is parsed that need not be — what is no workbook of ours: another
 * format (.xls, .xlsm, a renamed file), a zip bomb (POI's inflate-ratio and entry-size guards), more rows than a
 * table has (counted by streaming the sheet's XML before the workbook is built, so memory stays bounded), hidden
 * sheets (what a reviewer would not see), and merged cells the layout cannot place. Formulas count with the value
 * Excel last calculated and saved, and each is named in the notices.
 */
final class WorkbookReader {

    /** A sheet in the layout: its name, the draft it holds, and where each field stands. */
    record SheetTable(String sheet, TableLayoutReader.Reading reading) {

        TableDraft draft() {
            return reading.draft();
        }

        /** The cell a field key ({@code totalAmount}, {@code indicators[2].target}) came from, as {@code 表!D14}. */
        String cellOf(String fieldKey) {
            Position at = reading.sources().get(fieldKey);
            if (at == null && fieldKey.startsWith("indicators[")) {
                at = reading.sources().get(fieldKey.substring(0, fieldKey.indexOf('.') + 1) + "name");
            }
            // A field the sheet does not have at all is named at the sheet's first cell.
            return WorkbookReader.cell(sheet, at == null ? new Position(0, 0) : at);
        }
    }

    /** What a workbook holds: the sheets in the layout, the others' names, problems by cell, and notices. */
    record Contents(List<SheetTable> tables, List<Grid> otherSheets, List<WorkbookProblem> problems,
                    List<String> notices) {
    }

    /** A sheet that is not in the layout (a 汇总 sheet, notes), as its grid of cell texts. */
    record Grid(String sheet, List<List<String>> rows) {
    }

    private static final TableLayoutReader LAYOUT = new TableLayoutReader();
    private static final int MAX_COLUMNS = 30;
    /** Deflated XML beyond 1:100 is what zip bombs look like; a real workbook's parts stay far below it. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

    static {
        // POI's guards are JVM-wide; these are the ones every workbook read here is held to.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private final WorkbookProperties limits;

    WorkbookReader(WorkbookProperties limits) {
        this.limits = limits;
    }

    /** The workbook's contents, or {@link WorkbookRefusedException} for a file that is not one we read. */
    Contents read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new WorkbookRefusedException("上传的文件是空的");
        }
        if (file.length > limits.maxSize().toBytes()) {
            throw WorkbookRefusedException.tooLarge(limits.maxSize());
        }
        requireOfficeXml(file);
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(file))) {
            requireWorkbookWithoutMacros(opc);
            countRows(opc);
            try (XSSFWorkbook workbook = new XSSFWorkbook(opc)) {
                return contents(workbook);
            }
        } catch (WorkbookRefusedException e) {
            throw e;
        } catch (IOException | OpenXML4JException | NotOfficeXmlFileException | EmptyFileException
                 | XMLStreamException | org.apache.poi.ooxml.POIXMLException | IllegalStateException e) {
            throw refusalFor(e);
        }
    }

    private static void requireOfficeXml(byte[] file) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new WorkbookRefusedException("无法读取上传的文件");
        }
        if (magic == FileMagic.OLE2) {
            throw new WorkbookRefusedException(
                    "这是 Excel 97-2003 工作簿（.xls）或加密的文件，请在 Excel 中另存为不加密的 .xlsx 工作簿后再导入");
        }
        if (magic != FileMagic.OOXML) {
            throw new WorkbookRefusedException("上传的文件不是 Excel 工作簿（.xlsx）");
        }
    }

    private static void requireWorkbookWithoutMacros(OPCPackage opc) throws OpenXML4JException {
        List<PackagePart> main = opc.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType());
        if (!opc.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).isEmpty()
                || !opc.getPartsByContentType(XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType()).isEmpty()) {
            throw new WorkbookRefusedException("这是启用宏的工作簿（.xlsm），出于安全不予导入，请另存为 .xlsx 后再导入");
        }
        if (main.isEmpty()) {
            throw new WorkbookRefusedException("上传的文件不是 Excel 工作簿（.xlsx）");
        }
    }

    /** Streams each sheet's XML and stops at the first sheet with more rows than a table could have. */
    private void countRows(OPCPackage opc) throws IOException, XMLStreamException {
        XSSFReader.SheetIterator sheets;
        try {
            sheets = (XSSFReader.SheetIterator) new XSSFReader(opc).getSheetsData();
        } catch (OpenXML4JException e) {
            throw new WorkbookRefusedException("上传的文件不是 Excel 工作簿（.xlsx）");
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int count = 0;
        while (sheets.hasNext()) {
            try (InputStream xml = sheets.next()) {
                if (++count > limits.maxSheets()) {
                    throw new WorkbookRefusedException("工作簿的工作表超过 " + limits.maxSheets() + " 张");
                }
                XMLStreamReader stream = factory.createXMLStreamReader(xml);
                int rows = 0;
                while (stream.hasNext()) {
                    if (stream.next() == XMLStreamReader.START_ELEMENT && "row".equals(stream.getLocalName())
                            && ++rows > limits.maxRows()) {
                        throw new WorkbookRefusedException("工作表「" + sheets.getSheetName() + "」超过 "
                                + limits.maxRows() + " 行，不是一张绩效目标表，请删去多余的行后再导入");
                    }
                }
                stream.close();
            }
        }
    }

    private static Contents contents(XSSFWorkbook workbook) {
        List<SheetTable> tables = new ArrayList<>();
        List<Grid> others = new ArrayList<>();
        List<WorkbookProblem> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            Sheet sheet = workbook.getSheetAt(s);
            if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                throw new WorkbookRefusedException("工作表「" + sheet.getSheetName()
                        + "」是隐藏的：审核人看不到隐藏的内容，请取消隐藏或删除该表后再导入");
            }
            List<List<String>> grid = grid(sheet, problems, notices);
            TableLayoutReader.Reading reading = LAYOUT.read(grid);
            if (!reading.isTable()) {
                others.add(new Grid(sheet.getSheetName(), grid));
                continue;
            }
            for (TableLayoutReader.Problem problem : reading.problems()) {
                problems.add(WorkbookProblem.at(cell(sheet.getSheetName(), problem.at()), problem.message()));
            }
            checkMerges(sheet, reading, problems);
            tables.add(new SheetTable(sheet.getSheetName(), reading));
        }
        return new Contents(tables, others, problems, notices);
    }

    private static List<List<String>> grid(Sheet sheet, List<WorkbookProblem> problems, List<String> notices) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> grid = new ArrayList<>();
        for (Row row : sheet) {
            while (grid.size() < row.getRowNum()) {
                grid.add(List.of());
            }
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                if (cell.getColumnIndex() >= MAX_COLUMNS) {
                    break;
                }
                while (cells.size() < cell.getColumnIndex()) {
                    cells.add("");
                }
                cells.add(text(cell, formatter, problems, notices));
            }
            grid.add(cells);
        }
        return grid;
    }

    /**
     * A cell as the layout reads it: text as typed; a date as {@code 2021-01-01}; a number in plain digits, or as
     * shown where its format makes it a percentage; a formula by its cached result.
     */
    private static String text(Cell cell, DataFormatter formatter, List<WorkbookProblem> problems,
                               List<String> notices) {
        CellType type = cell.getCellType();
        String ref = cell(cell.getSheet().getSheetName(), new Position(cell.getRowIndex(), cell.getColumnIndex()));
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
            notices.add(ref + "：是公式（" + cell.getCellFormula() + "），按 Excel 保存的计算结果导入");
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> number(cell, formatter);
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case ERROR -> {
                problems.add(WorkbookProblem.at(ref, "单元格是错误值 "
                        + FormulaError.forInt(cell.getErrorCellValue()).getString()));
                yield "";
            }
            default -> "";
        };
    }

    private static String number(Cell cell, DataFormatter formatter) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        String format = cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            return formatter.formatCellValue(cell);
        }
        BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    /**
     * Merges the layout cannot place: one that joins two of the indicator columns (whose value would it be?), or
     * runs down the 三级指标 or 目标值 column (one value for several rows).
     */
    private static void checkMerges(Sheet sheet, TableLayoutReader.Reading reading,
                                     List<WorkbookProblem> problems) {
        Position header = reading.sources().get(TableField.INDICATORS);
        if (header == null || reading.draft().indicators().isEmpty()) {
            return;
        }
        Map<String, Position> sources = reading.sources();
        int level1 = sources.get("indicators[0].level1").column();
        int level2 = sources.get("indicators[0].level2").column();
        int name = sources.get("indicators[0].name").column();
        int target = sources.get("indicators[0].target").column();
        List<Integer> columns = List.of(level1, level2, name, target);
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getLastRow() <= header.row()) {
                continue;
            }
            long joined = columns.stream().filter(c -> merged.getFirstColumn() <= c && c <= merged.getLastColumn())
                    .count();
            boolean down = merged.getLastRow() > merged.getFirstRow()
                    && (merged.isInRange(merged.getFirstRow(), name) || merged.isInRange(merged.getFirstRow(), target));
            if (joined > 1 || down) {
                problems.add(WorkbookProblem.at(sheet.getSheetName() + "!" + merged.formatAsString(),
                        joined > 1 ? "合并单元格跨越了指标表的两列，无法判断取值，请拆分后再导入"
                                : "三级指标和目标值不能合并多行，请每行各填一个后再导入"));
            }
        }
    }

    static String cell(String sheet, Position at) {
        return sheet + "!" + new CellReference(at.row(), at.column()).formatAsString(false);
    }

    private static WorkbookRefusedException refusalFor(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("exceeds the max")) {
            return new WorkbookRefusedException("文件解压后异常庞大（疑似压缩炸弹），拒绝导入");
        }
        return new WorkbookRefusedException("上传的文件不是可以读取的 Excel 工作簿（.xlsx）");
    }
}
