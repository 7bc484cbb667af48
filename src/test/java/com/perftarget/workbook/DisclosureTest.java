package com.perftarget.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.perftarget.seed.SeedTable;
import com.perftarget.submission.FundKind;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.support.IntegrationTest;
import com.perftarget.support.SeedTables;
import com.perftarget.table.TableDraft;
import com.perftarget.unit.UnitBudget;
import com.perftarget.unit.UnitBudgetRepository;

/**
 * The 预算公开 document of the seed's unit-year once all 16 tables are approved: the computed summary
 * (2104.7 = 281.5 + 1823.2), every project in the seed's order, in Word, PDF and Excel; refusals while a project is
 * unapproved or the sums disagree; and the documents and the unit-year workbook opened by LibreOffice.
 */
@IntegrationTest
class DisclosureTest {

    private static final List<String> GENERAL = List.of("车管业务经费", "酒精检测费", "邮递费");
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2301);
    private static final List<SeedTable> SEED = SeedTables.parse();

    @Autowired TestRestTemplate http;
    @Autowired SubmissionService submissions;
    @Autowired UnitBudgetRepository budgets;
    @Autowired CjkFont font;

    @Test
    void theWordDocumentSumsUpTheApprovedTablesInTheSeedsOrder() throws Exception {
        int year = approvedUnitYear("2104.7");
        byte[] docx = download(year, "docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("济源市公安局交通管理支队" + year + "年度共有项目支出 16 个，本年度金额合计 2104.70 万元，"
                    + "其中一般性项目 281.50 万元（占 13.37%），专项资金 1823.20 万元（占 86.63%）。");
            assertInSeedOrder(text);
            assertThat(document.getTables()).hasSize(17);
        }
    }

    @Test
    void thePdfEmbedsAChineseFontAndReadsAsTheDocument() throws Exception {
        requireFont();
        int year = approvedUnitYear("2104.7");
        try (PDDocument pdf = Loader.loadPDF(download(year, "pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("本年度金额合计 2104.70 万元");
            assertInSeedOrder(text.replaceAll("\\s+", ""));
            assertThat(pdf.getPage(1).getResources().getFontNames()).isNotEmpty();
            assertThat(pdf.getPage(1).getResources().getFont(pdf.getPage(1).getResources().getFontNames()
                    .iterator().next()).isEmbedded()).isTrue();
        }
    }

    @Test
    void theExcelVersionHasASummaryAndASheetPerProject() throws Exception {
        int year = approvedUnitYear("2104.7");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(year, "xlsx")))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(17);
            assertThat(workbook.getSheet("汇总").getRow(1).getCell(0).getStringCellValue())
                    .contains("本年度金额合计 2104.70 万元");
            assertThat(workbook.getSheetAt(16).getSheetName()).startsWith("16 ");
        }
    }

    @Test
    void unapprovedProjectsOrSumsThatDisagreeRefuseWithTheFindings() {
        ResponseEntity<String> demo = http.withBasicAuth("finance-020008", "demo")
                .getForEntity("/api/units/020008/years/2021/disclosure?format=docx", String.class);
        assertThat(demo.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(demo.getBody()).contains("「车管业务经费」尚未批准");

        int year = approvedUnitYear("2100");
        ResponseEntity<String> mismatch = http.withBasicAuth("finance-020008", "demo")
                .getForEntity("/api/units/020008/years/" + year + "/disclosure?format=xlsx", String.class);
        assertThat(mismatch.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(mismatch.getBody()).contains("项目支出：绩效目标表本年度金额合计 2104.70 万元，与预算表的 2100.00 万元不一致");

        assertThat(http.withBasicAuth("finance-020008", "demo").getForEntity(
                "/api/units/020008/years/" + year + "/disclosure?format=html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("luguangwei", "demo").getForEntity(
                "/api/units/020008/years/" + year + "/disclosure?format=pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void libreOfficeOpensTheDocumentAndTheWorkbooks(@TempDir Path dir) throws Exception {
        String soffice = libreOffice();
        int year = approvedUnitYear("2104.7");
        Files.write(dir.resolve("disclosure.docx"), download(year, "docx"));
        Files.write(dir.resolve("disclosure.xlsx"), download(year, "xlsx"));
        ResponseEntity<byte[]> unitYear = http.withBasicAuth("finance-020008", "demo")
                .getForEntity("/api/units/020008/years/2021/xlsx", byte[].class);
        Files.write(dir.resolve("unit-year.xlsx"), unitYear.getBody());
        for (String name : List.of("disclosure", "unit-year")) {
            String file = name + (name.equals("disclosure") ? ".docx" : ".xlsx");
            Process convert = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=file://"
                    + dir.resolve("profile").toAbsolutePath(), "--convert-to", "pdf", "--outdir", dir.toString(),
                    dir.resolve(file).toString()).redirectErrorStream(true).start();
            String output = new String(convert.getInputStream().readAllBytes());
            Assertions.assertTrue(convert.waitFor(120, TimeUnit.SECONDS), "soffice did not finish");
            Path pdf = dir.resolve(name + ".pdf");
            assertThat(pdf).as(output).exists();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                for (SeedTable seed : SEED) {
                    assertThat(text).as(file).contains(seed.table().projectName().replaceAll("\\s+", ""));
                }
            }
        }
    }

    /** The seed's 16 tables filed and approved in a year of their own, with the budget figures given. */
    private int approvedUnitYear(String projectExpenditure) {
        int year = NEXT_YEAR.getAndIncrement();
        for (SeedTable seed : SEED) {
            FundKind kind = GENERAL.contains(seed.table().projectName()) ? FundKind.GENERAL : FundKind.SPECIAL;
            Submission opened = submissions.open("020008", year, seed.position(), "luguangwei", kind, seed.table());
            int filed = submissions.file(opened.getId(), TableDraft.of(seed.table()), "luguangwei").version();
            submissions.markApproved(opened.getId(), filed, "bureau");
        }
        budgets.save(new UnitBudget("020008", year, "JY2021", new BigDecimal(projectExpenditure),
                new BigDecimal("281.5"), new BigDecimal(projectExpenditure).subtract(new BigDecimal("281.5"))));
        return year;
    }

    private byte[] download(int year, String format) {
        ResponseEntity<byte[]> answer = http.withBasicAuth("finance-020008", "demo")
                .getForEntity("/api/units/020008/years/" + year + "/disclosure?format=" + format, byte[].class);
        assertThat(answer.getStatusCode()).as(() -> new String(answer.getBody())).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static void assertInSeedOrder(String text) {
        int at = -1;
        for (SeedTable seed : SEED) {
            String name = "（" + seed.table().projectName() + "）";
            int found = text.indexOf(name.replaceAll("\\s+", ""), at + 1);
            assertThat(found).as(name).isGreaterThan(at);
            at = found;
        }
    }

    private void requireFont() {
        if (font.find().isEmpty()) {
            skipOrFail("no CJK TrueType font to embed (install fonts-wqy-zenhei)");
        }
    }

    private static String libreOffice() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
                "/Applications/LibreOffice.app/Contents/MacOS/soffice")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        skipOrFail("LibreOffice (soffice) is not installed");
        return null;
    }

    /** Skips with the reason; where CI installed the tools (REQUIRE_OFFICE_TESTS=true) the skip is a failure. */
    private static void skipOrFail(String reason) {
        if ("true".equals(System.getenv("REQUIRE_OFFICE_TESTS"))) {
            Assertions.fail(reason);
        }
        Assumptions.abort(reason);
    }
}
