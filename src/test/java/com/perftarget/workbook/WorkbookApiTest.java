package com.perftarget.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.perftarget.submission.SubmissionService;
import com.perftarget.support.IntegrationTest;

/** The workbooks through the API on the demo data: one table, one version, a unit-year; who may have which. */
@IntegrationTest
class WorkbookApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired TestRestTemplate http;
    @Autowired SubmissionService submissions;

    @Test
    void aLeaderDownloadsTheirTableAndAVersionOnceFiled() throws Exception {
        long id = submissions.findByBusinessKey("020008-2021-02").orElseThrow().getId();
        ResponseEntity<byte[]> current = http.withBasicAuth("wangmingji", "demo")
                .getForEntity("/api/submissions/" + id + "/xlsx", byte[].class);
        assertThat(current.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(current.getHeaders().getContentType()).hasToString(XLSX);
        assertThat(current.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains("filename*=UTF-8''020008-2021-02");
        Sheet sheet = workbook(current.getBody()).getSheetAt(0);
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
                .isEqualTo("道路交通管理专项-道路标志标线及道路设施维护");

        assertThat(http.withBasicAuth("wangmingji", "demo").getForEntity("/api/submissions/" + id + "/versions/1/xlsx",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String table = http.withBasicAuth("wangmingji", "demo").getForObject("/api/submissions/" + id, String.class);
        assertThat(http.withBasicAuth("wangmingji", "demo").postForEntity("/api/submissions/" + id + "/submit",
                new HttpEntity<>(table, json), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<byte[]> version = http.withBasicAuth("wangmingji", "demo")
                .getForEntity("/api/submissions/" + id + "/versions/1/xlsx", byte[].class);
        assertThat(version.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(workbook(version.getBody()).getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                .isEqualTo("道路交通管理专项-道路标志标线及道路设施维护");

        // Another leader of the unit may not read it.
        assertThat(http.withBasicAuth("luguangwei", "demo").getForEntity("/api/submissions/" + id + "/xlsx",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theUnitYearWorkbookSumsUpToTheBudgetFigures() throws Exception {
        ResponseEntity<byte[]> unitYear = http.withBasicAuth("finance-020008", "demo")
                .getForEntity("/api/units/020008/years/2021/xlsx", byte[].class);
        assertThat(unitYear.getStatusCode()).isEqualTo(HttpStatus.OK);
        XSSFWorkbook workbook = workbook(unitYear.getBody());
        assertThat(workbook.getNumberOfSheets()).isEqualTo(17);
        Sheet summary = workbook.getSheet("汇总");
        assertThat(summary.getLastRowNum()).isEqualTo(16 + 3);
        assertTotal(summary.getRow(17), "合计", 2104.7);
        assertTotal(summary.getRow(18), "其中：一般性项目", 281.5);
        assertTotal(summary.getRow(19), "其中：专项资金", 1823.2);
        assertThat(workbook.getSheetAt(1).getSheetName()).startsWith("01 ");

        assertThat(http.withBasicAuth("bureau", "demo").getForEntity("/api/units/020008/years/2021/xlsx",
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> leader = http.withBasicAuth("wangmingji", "demo")
                .getForEntity("/api/units/020008/years/2021/xlsx", String.class);
        assertThat(leader.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(leader.getBody()).contains("只有单位财务和财政局");
    }

    private static void assertTotal(Row row, String label, double sum) {
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(label);
        assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.001));
        assertThat(row.getCell(5).getStringCellValue()).endsWith("（一致）");
    }

    private static XSSFWorkbook workbook(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
