package com.perftarget.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;
import com.perftarget.support.IntegrationTest;
import com.perftarget.support.Uploads;
import com.perftarget.support.TestSubmissions;
import com.perftarget.support.TestSubmissions.Started;
import com.perftarget.version.VersionService;

/**
 * Workbooks in through the API: read only, into a leader's open 填报, a unit-year by its finance; refusals; the
 * Tasklist login as the caller (how Tasklist's 导出/导入 buttons call it), with the CSRF token for changes.
 */
@IntegrationTest
class WorkbookImportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired TestSubmissions testSubmissions;
    @Autowired SubmissionService submissions;
    @Autowired VersionService versions;

    @Test
    void aLeaderImportsTheirWorkbookAndTheFormOpensWithItUnfiled() throws Exception {
        Started started = testSubmissions.start(2, "wangmingji");
        XSSFWorkbook workbook = download("wangmingji", "/api/submissions/" + started.submissionId() + "/xlsx");
        Sheet sheet = workbook.getSheetAt(0);
        Row firstIndicator = sheet.getRow(headerRow(sheet) + 1);
        firstIndicator.getCell(3).setCellValue("≥ 12 公里");
        rowLabelled(sheet, "项目本年度金额（万元）").getCell(1).setCellValue("３００．５");

        ResponseEntity<String> imported = upload("wangmingji", "/api/submissions/" + started.submissionId() + "/xlsx",
                WorkbookReaderTest.bytes(workbook), "标志标线.xlsx");
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(imported.getBody()).at("/indicators/0/target").asText()).isEqualTo("≥ 12 公里");
        assertThat(submissions.details(started.submissionId()).table().indicators().get(0).target()).isEqualTo("≥ 12 公里");
        assertThat(submissions.details(started.submissionId()).table().yearAmount()).isEqualByComparingTo("300.5");
        assertThat(submissions.get(started.submissionId()).getStatus()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(versions.latestHeader(started.submissionId())).isEmpty();

        // Another leader may not; a bad cell is named and nothing changes.
        assertThat(upload("luguangwei", "/api/submissions/" + started.submissionId() + "/xlsx",
                WorkbookReaderTest.bytes(workbook), "x.xlsx").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        int header = headerRow(sheet);
        sheet.getRow(header + 2).getCell(3).setCellValue("");
        ResponseEntity<String> bad = upload("wangmingji", "/api/submissions/" + started.submissionId() + "/xlsx",
                WorkbookReaderTest.bytes(workbook), "x.xlsx");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = JSON.readTree(bad.getBody());
        String cell = sheet.getSheetName() + "!D" + (header + 3);
        assertThat(error.at("/fieldErrors/0/field").asText()).isEqualTo(cell);
        assertThat(error.at("/fieldErrors/0/message").asText()).isEqualTo(cell + "：第 2 行绩效指标缺少目标值");
        assertThat(submissions.details(started.submissionId()).table().indicators().get(1).target())
                .isEqualTo(started.table().indicators().get(1).target());
    }

    @Test
    void readingAWorkbookAnswersItsTablesAndProblemsAndSavesNothing() throws Exception {
        XSSFWorkbook workbook = download("finance-020008", "/api/units/020008/years/2021/xlsx");
        Sheet third = workbook.getSheetAt(3);
        rowLabelled(third, "联系电话").getCell(1).setCellValue(" ");
        ResponseEntity<String> read = upload("luguangwei", "/api/tables/xlsx", WorkbookReaderTest.bytes(workbook),
                "单位.xlsx");
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = JSON.readTree(read.getBody());
        assertThat(body.get("tables")).hasSize(15);
        assertThat(body.at("/tables/0/sheet").asText()).startsWith("01 ");
        assertThat(body.at("/tables/0/projectName").asText()).isEqualTo("车管业务经费");
        assertThat(body.at("/problems/0/cell").asText()).isEqualTo(third.getSheetName() + "!B6");
        assertThat(body.at("/problems/0/message").asText()).isEqualTo(third.getSheetName() + "!B6：联系电话不能为空");
    }

    @Test
    void theUnitsFinanceImportsAWorkbookOfDraftsAndOpensANewProjectAllOrNothing() throws Exception {
        Started started = testSubmissions.start(1, "luguangwei");
        int year = submissions.get(started.submissionId()).getYear();
        String path = "/api/units/020008/years/" + year + "/xlsx";
        XSSFWorkbook workbook = download("finance-020008", path);
        Sheet project = workbook.getSheetAt(1);
        project.getRow(headerRow(project) + 1).getCell(3).setCellValue("≥ 900 人次");
        Sheet added = workbook.cloneSheet(1);
        workbook.setSheetName(workbook.getSheetIndex(added), "02 新项目");
        rowLabelled(added, "项目名称").getCell(1).setCellValue("交通安全宣传");
        Row summaryRow = workbook.getSheet("汇总").createRow(30);
        summaryRow.createCell(1).setCellValue("交通安全宣传");
        summaryRow.createCell(2).setCellValue("专项资金");

        // An unknown leader: named, and nothing saved — not even the other sheet's change.
        rowLabelled(added, "项目负责人").getCell(1).setCellValue("赵六");
        ResponseEntity<String> refused = upload("finance-020008", path, WorkbookReaderTest.bytes(workbook), "u.xlsx");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("02 新项目!B4：项目负责人「赵六」不是本单位登记的项目负责人");
        assertThat(submissions.list("020008", year)).hasSize(1);
        assertThat(submissions.details(started.submissionId()).table().indicators().get(0).target())
                .isEqualTo(started.table().indicators().get(0).target());

        rowLabelled(added, "项目负责人").getCell(1).setCellValue("卢光伟");
        ResponseEntity<String> imported = upload("finance-020008", path, WorkbookReaderTest.bytes(workbook), "u.xlsx");
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode body = JSON.readTree(imported.getBody());
        assertThat(body.at("/updated/0/indicators/0/target").asText()).isEqualTo("≥ 900 人次");
        assertThat(body.at("/created/0/projectName").asText()).isEqualTo("交通安全宣传");
        assertThat(body.at("/created/0/fundKind").asText()).isEqualTo("SPECIAL");
        assertThat(body.at("/created/0/businessKey").asText()).isEqualTo("020008-" + year + "-02");
        assertThat(submissions.list("020008", year)).hasSize(2);

        assertThat(upload("luguangwei", path, WorkbookReaderTest.bytes(workbook), "u.xlsx").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void filesThatAreNoWorkbookAreRefusedWithAJsonReason() throws Exception {
        ResponseEntity<String> text = upload("luguangwei", "/api/tables/xlsx",
                "项目名称,车管业务经费".getBytes(StandardCharsets.UTF_8), "table.xlsx");
        assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(text.getBody()).get("error").asText()).isEqualTo("上传的文件不是 Excel 工作簿（.xlsx）");

        ResponseEntity<String> large = upload("luguangwei", "/api/tables/xlsx", new byte[11 * 1024 * 1024], "big.xlsx");
        assertThat(large.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(JSON.readTree(large.getBody()).get("error").asText()).contains("超过允许的大小");

        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> notMultipart = http.withBasicAuth("luguangwei", "demo")
                .postForEntity("/api/tables/xlsx", new HttpEntity<>("{}", json), String.class);
        assertThat(notMultipart.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(JSON.readTree(notMultipart.getBody()).get("status").asInt()).isEqualTo(415);
    }

    @Test
    void theTasklistLoginMayUseTheApiButAChangeNeedsItsCsrfToken() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=luguangwei&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        // Logging in starts a new session; Tasklist's next request gets that session its token, as here.
        browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).build(),
                HttpResponse.BodyHandlers.discarding());
        String newToken = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).reduce((a, b) -> b).orElseThrow().getValue();

        long id = submissions.findByBusinessKey("020008-2021-01").orElseThrow().getId();
        assertThat(browser.send(HttpRequest.newBuilder(uri("/api/submissions/" + id + "/xlsx")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

        String boundary = "----perftarget";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nnot a workbook\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder upload = HttpRequest.newBuilder(uri("/api/tables/xlsx"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> withoutToken = browser.send(upload.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("CSRF");
        HttpResponse<String> withToken = browser.send(upload.header("X-XSRF-TOKEN", newToken).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(400);
        assertThat(withToken.body()).contains("上传的文件不是 Excel 工作簿（.xlsx）");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private ResponseEntity<String> upload(String user, String path, byte[] file, String filename) {
        return Uploads.upload(http, user, path, file, filename);
    }

    private XSSFWorkbook download(String user, String path) throws Exception {
        ResponseEntity<byte[]> answer = http.withBasicAuth(user, "demo").getForEntity(path, byte[].class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()));
    }

    private static int headerRow(Sheet sheet) {
        return rowLabelled(sheet, "一级指标").getRowNum();
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
