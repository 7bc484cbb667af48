package com.perftarget.workbook;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.perftarget.submission.FundKind;

/**
 * The 预算公开 document in three formats from one {@link DisclosureLayout}: Word (.docx, POI), PDF (XHTML laid out by
 * openhtmltopdf on PDFBox with a CJK TrueType font embedded as a subset) and Excel (a 汇总 sheet and a sheet per
 * project in the 绩效目标表 layout). Each starts with the computed summary.
 */
final class DisclosureDocuments {

    private static final String FONT = TableSheet.FONT;
    private static final List<String> SUMMARY_HEADER =
            List.of("资金性质", "项目个数", "本年度金额（万元）", "占比（%）");

    private DisclosureDocuments() {
    }

    static byte[] docx(Disclosure disclosure) {
        try (XWPFDocument document = new XWPFDocument()) {
            CTSectPr section = document.getDocument().getBody().addNewSectPr();
            CTPageSz a4 = section.addNewPgSz();
            a4.setW(BigInteger.valueOf(11906));
            a4.setH(BigInteger.valueOf(16838));
            paragraph(document, disclosure.title(), 16, true, ParagraphAlignment.CENTER);
            paragraph(document, disclosure.summary(), 11, false, ParagraphAlignment.LEFT);
            List<List<String>> summaryRows = summaryRows(disclosure);
            XWPFTable summary = document.createTable(summaryRows.size(), SUMMARY_HEADER.size());
            for (int r = 0; r < summaryRows.size(); r++) {
                for (int c = 0; c < SUMMARY_HEADER.size(); c++) {
                    text(summary.getRow(r).getCell(c), summaryRows.get(r).get(c), r == 0);
                }
            }
            for (Disclosure.Project project : disclosure.projects()) {
                XWPFParagraph heading = paragraph(document, TableSheet.TITLE + "（" + project.table().projectName() + "）",
                        13, true, ParagraphAlignment.CENTER);
                heading.setPageBreak(true);
                List<List<DisclosureLayout.Cell>> rows = DisclosureLayout.rows(project.table());
                XWPFTable table = document.createTable(rows.size(), DisclosureLayout.COLUMNS);
                for (int r = 0; r < rows.size(); r++) {
                    int column = 0;
                    for (DisclosureLayout.Cell cell : rows.get(r)) {
                        XWPFTableCell target = table.getRow(r).getCell(column);
                        CTTcPr properties = target.getCTTc().isSetTcPr() ? target.getCTTc().getTcPr()
                                : target.getCTTc().addNewTcPr();
                        if (cell.columns() > 1) {
                            properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.columns()));
                            for (int extra = 1; extra < cell.columns(); extra++) {
                                table.getRow(r).removeCell(column + 1);
                            }
                        }
                        if (cell.rows() != 1) {
                            properties.addNewVMerge().setVal(cell.covered() ? STMerge.CONTINUE : STMerge.RESTART);
                        }
                        text(target, cell.covered() ? "" : cell.text(), cell.kind() != DisclosureLayout.Kind.VALUE);
                        column++;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx(Disclosure disclosure) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TableSheet.Styles styles = new TableSheet.Styles(workbook);
            Sheet summary = workbook.createSheet(WorkbookService.SUMMARY);
            cell(summary.createRow(0), 0, disclosure.title(), styles);
            cell(summary.createRow(1), 0, disclosure.summary(), styles);
            List<List<String>> rows = summaryRows(disclosure);
            for (int r = 0; r < rows.size(); r++) {
                Row row = summary.createRow(3 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    cell(row, c, rows.get(r).get(c), styles);
                }
            }
            summary.setColumnWidth(0, 16 * 256);
            summary.setColumnWidth(1, 12 * 256);
            summary.setColumnWidth(2, 22 * 256);
            summary.setColumnWidth(3, 14 * 256);
            TableSheet.printOnA4FittedToWidth(summary);
            WorkbookService.projectSheets(workbook, styles, disclosure.unitName(), disclosure.projects());
            return WorkbookService.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF, with {@code font} (a TrueType font or collection with CJK glyphs) embedded as a subset. */
    static byte[] pdf(Disclosure disclosure, File font) {
        boolean collection = font.getName().toLowerCase().endsWith(".ttc");
        // A collection stays open until the document is written: PDFBox reads the glyphs when it subsets them.
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
             TrueTypeCollection fonts = collection ? new TrueTypeCollection(font) : null) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(collection ? PDType0Font.load(document, first(fonts), true)
                    : PDType0Font.load(document, font)), "cjk");
            builder.withHtmlContent(html(disclosure), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont first(TrueTypeCollection fonts) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        fonts.processAllFonts(ttf -> {
            if (first[0] == null) {
                first[0] = ttf;
            }
        });
        return first[0];
    }

    static String html(Disclosure disclosure) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html><head><meta charset="UTF-8"/><style>
                @page { size: A4; margin: 16mm 14mm; }
                body { font-family: cjk; font-size: 10pt; }
                h1 { font-size: 16pt; text-align: center; }
                h2 { font-size: 13pt; text-align: center; page-break-before: always; }
                table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
                td, th { border: 0.5pt solid #000; padding: 3pt; vertical-align: middle; }
                th, td.label, td.section { font-weight: bold; }
                td.label { width: 18%; }
                td.section { background: #eee; }
                </style></head><body>
                """);
        html.append("<h1>").append(escape(disclosure.title())).append("</h1>");
        html.append("<p>").append(escape(disclosure.summary())).append("</p><table>");
        List<List<String>> summaryRows = summaryRows(disclosure);
        for (int r = 0; r < summaryRows.size(); r++) {
            html.append("<tr>");
            for (String text : summaryRows.get(r)) {
                html.append(r == 0 ? "<th>" : "<td>").append(escape(text)).append(r == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
        for (Disclosure.Project project : disclosure.projects()) {
            html.append("<h2>").append(TableSheet.TITLE).append("（").append(escape(project.table().projectName()))
                    .append("）</h2><table>");
            for (List<DisclosureLayout.Cell> row : DisclosureLayout.rows(project.table())) {
                html.append("<tr>");
                for (DisclosureLayout.Cell cell : row) {
                    if (cell.covered()) {
                        continue;
                    }
                    String tag = cell.kind() == DisclosureLayout.Kind.HEADER ? "th" : "td";
                    html.append('<').append(tag).append(" class=\"").append(cell.kind().name().toLowerCase())
                            .append("\" colspan=\"").append(cell.columns()).append("\" rowspan=\"")
                            .append(cell.rows()).append("\">").append(escape(cell.text())).append("</").append(tag)
                            .append('>');
                }
                html.append("</tr>");
            }
            html.append("</table>");
        }
        return html.append("</body></html>").toString();
    }

    private static List<List<String>> summaryRows(Disclosure disclosure) {
        return List.of(SUMMARY_HEADER,
                kindRow(disclosure, FundKind.GENERAL), kindRow(disclosure, FundKind.SPECIAL),
                List.of("合计", String.valueOf(disclosure.count()), Disclosure.amount(disclosure.total()), "100.00"));
    }

    private static List<String> kindRow(Disclosure disclosure, FundKind kind) {
        long count = disclosure.projects().stream().filter(p -> p.fundKind() == kind).count();
        return List.of(kind.label(), String.valueOf(count), Disclosure.amount(disclosure.total(kind)),
                disclosure.share(kind).toPlainString());
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text, int points, boolean bold,
                                           ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, points, bold);
        return paragraph;
    }

    private static void text(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        run(paragraph, text, 10, bold);
    }

    private static void run(XWPFParagraph paragraph, String text, int points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(points);
        run.setFontFamily(FONT);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
    }

    private static void cell(Row row, int column, String text, TableSheet.Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.text);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
