package com.perftarget.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.perftarget.onboarding.OnboardingService;
import com.perftarget.submission.SubmissionService;
import com.perftarget.support.IntegrationTest;

/** The demo year at a glance: 020008's 16 projects at 填报 agreeing with its budget; a withdrawal breaks the sums. */
@IntegrationTest
class ProgressTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate http;
    @Autowired OnboardingService onboarding;
    @Autowired SubmissionService submissions;

    @Test
    void theBureauSeesEachUnitsProjectsSumsAndCrossCheckAndTakesThemAway() throws Exception {
        JsonNode unit = unit2021();
        assertThat(unit.get("unitName").asText()).isEqualTo("济源市公安局交通管理支队");
        assertThat(unit.get("projects").asLong()).isEqualTo(16);
        assertThat(unit.at("/byStatus/DRAFT").asLong()).isEqualTo(16);
        assertThat(unit.at("/byStage/fillTargets").asLong()).isEqualTo(16);
        assertThat(unit.get("yearAmount").decimalValue()).isEqualByComparingTo("2104.7");
        assertThat(unit.get("crossCheck").asText()).isEqualTo("MATCHES");

        long postage = submissions.findByBusinessKey("020008-2021-16").orElseThrow().getId();
        onboarding.withdraw(postage, "finance-020008", "测试撤回");
        unit = unit2021();
        assertThat(unit.get("projects").asLong()).isEqualTo(15);
        assertThat(unit.get("withdrawn").asLong()).isEqualTo(1);
        assertThat(unit.get("crossCheck").asText()).isEqualTo("MISMATCH");

        ResponseEntity<byte[]> csv = http.withBasicAuth("bureau", "demo")
                .getForEntity("/api/rounds/2021/progress?format=csv", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF单位编码,单位名称,项目数,已撤回,待填报,审核中,已退回,已批准,在填报绩效目标");
        assertThat(text).contains("020008,济源市公安局交通管理支队,15,1,15,0,0,0,15,0,0,0,", ",不一致");

        ResponseEntity<byte[]> xlsx = http.withBasicAuth("admin", "demo")
                .getForEntity("/api/rounds/2021/progress?format=xlsx", byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("济源市公安局交通管理支队");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(15);
        }

        assertThat(http.withBasicAuth("finance-020008", "demo").getForEntity("/api/rounds/2021/progress",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("bureau", "demo").getForEntity("/api/rounds/2021/progress?format=pdf",
                String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private JsonNode unit2021() throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth("bureau", "demo")
                .getForEntity("/api/rounds/2021/progress", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode units = JSON.readTree(answer.getBody());
        assertThat(units).hasSize(1);
        return units.get(0);
    }
}
