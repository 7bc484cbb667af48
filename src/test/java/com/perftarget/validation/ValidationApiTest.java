package com.perftarget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.perftarget.onboarding.OnboardingService;
import com.perftarget.onboarding.UnitRegistration;
import com.perftarget.process.DeployedRuleTables;
import com.perftarget.submission.SubmissionService;
import com.perftarget.support.IntegrationTest;

/** Validation through the API on the running application, and rule tables changed by redeploying the DMN. */
@IntegrationTest
class ValidationApiTest {

    @Autowired TestRestTemplate http;
    @Autowired OnboardingService onboarding;
    @Autowired ValidationService validation;
    @Autowired SubmissionService submissions;
    @Autowired RepositoryService repository;
    @Autowired DeployedRuleTables ruleTables;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aUnitYearWithoutBudgetFiguresIsValidatedUnderTheUnitsRegisteredProfile() {
        onboarding.register(new UnitRegistration("070001", "规则集测试局", null, "LOCAL", List.of()));
        assertThat(validation.profileOf("070001", 2023)).isEqualTo("LOCAL");
        assertThat(validation.profileOf("020008", 2021)).as("the unit-year's own").isEqualTo("JY2021");
        assertThat(validation.profileOf("070002", 2023)).as("neither: the labels decide").isNull();
    }

    @Test
    void validatesATableAsSentAndSavesNothing() throws Exception {
        String table = http.withBasicAuth("bureau", "demo").getForObject(url("020008-2021-08"), String.class);
        JsonNode findings = post("/api/validation?profile=JY2021", table).get("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("target.unparseable");
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
            assertThat(f.get("field").asText()).isEqualTo("target");
            assertThat(f.get("row").asInt()).isEqualTo(9);
            assertThat(f.get("value").asText()).isEqualTo("辅助工作");
            assertThat(f.get("message").asText()).contains("协助公安机关维护社会治安");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("category.required");
            assertThat(f.get("row").isNull()).isTrue();
        });
        assertThat(http.withBasicAuth("bureau", "demo").getForObject(url("020008-2021-08") + "/versions",
                String.class)).isEqualTo("[]");
    }

    @Test
    void anUnknownProfileIs400AndGarbageGetsFindings() throws Exception {
        ResponseEntity<String> unknown = postEntity("/api/validation?profile=XX1999", "{}");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("JY2021", "LOCAL", "MOF101", "CZ2021");
        JsonNode empty = post("/api/validation?profile=CZ2021", "{\"projectName\":\"<b>x</b>\",\"indicators\":[{}]}");
        assertThat(empty.get("findings").findValuesAsText("ruleId"))
                .contains("header.required", "text.markup", "indicator.incomplete", "category.required");
    }

    @Test
    void withoutAProfileTheFamilyComesFromTheLabelsAndTheYearFromTheRequest() throws Exception {
        ObjectNode table = (ObjectNode) json.readTree(http.withBasicAuth("bureau", "demo")
                .getForObject(url("020008-2021-01"), String.class));
        ArrayNode rows = table.putArray("indicators");
        rows.addObject().put("level1", "产出指标(50分)").put("level2", "数量指标（必填）").put("name", "培训人次")
                .put("target", "45000");
        rows.addObject().put("level1", "产出指标").put("level2", "时效指标").put("name", "培训完成时间")
                .put("target", "2023年12月底前");
        rows.addObject().put("level1", "产出指标").put("level2", "成本指标").put("name", "培训成本").put("target", "≤5万元");
        rows.addObject().put("level1", "效益指标").put("level2", "社会效益指标").put("name", "群众安全感").put("target", "稳步提高");
        rows.addObject().put("level1", "满意度指标").put("level2", "社会公众或服务对象满意度指标").put("name", "群众满意度")
                .put("target", "≥90%");

        JsonNode detected = post("/api/validation", table.toString());
        assertThat(detected.get("profile").asText()).isEqualTo("LOCAL");
        assertThat(detected.get("profileDetected").asBoolean()).isTrue();
        assertThat(detected.get("findings")).noneMatch(f -> f.get("severity").asText().equals("ERROR"));
        assertThat(detected.get("findings").findValuesAsText("ruleId")).doesNotContain("period.outsideBudgetYear");

        JsonNode in2023 = post("/api/validation?profile=LOCAL&year=2023", table.toString());
        assertThat(in2023.get("profileDetected").asBoolean()).isFalse();
        assertThat(in2023.get("findings").findValuesAsText("ruleId")).contains("period.outsideBudgetYear");
        assertThat(post("/api/validation?profile=CZ2021", table.toString()).get("profile").asText()).isEqualTo("MOF101");

        for (String year : new String[] {"1999", "2101", "abc"}) {
            ResponseEntity<String> refused = postEntity("/api/validation?year=" + year, table.toString());
            assertThat(refused.getStatusCode()).as(year).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(refused.getBody()).get("error").asText()).as(year).isNotBlank();
        }
    }

    @Test
    void aTableOfTenThousandRowsIsRefusedWithItsLimitNotValidatedRowByRow() throws Exception {
        ObjectNode table = (ObjectNode) json.readTree(http.withBasicAuth("bureau", "demo")
                .getForObject(url("020008-2021-01"), String.class));
        ArrayNode rows = table.putArray("indicators");
        for (int i = 0; i < 10_000; i++) {
            rows.addObject().put("level1", "产出指标").put("level2", "数量指标").put("name", "指标" + i).put("target", "≥1个");
        }
        JsonNode findings = post("/api/validation?profile=LOCAL", table.toString()).get("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("indicator.tooMany");
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
            assertThat(f.get("message").asText()).contains("200", "10000");
        });
        assertThat(findings.size()).isLessThan(20);
    }

    @Test
    void theUnitCheckOfTheSeedYearPasses() throws Exception {
        ResponseEntity<String> check = http.withBasicAuth("bureau", "demo")
                .getForEntity("/api/validation/units/020008/years/2021", String.class);
        assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(check.getBody()).get("findings")).isEmpty();
        assertThat(http.withBasicAuth("bureau", "demo").getForEntity("/api/validation/units/020008/years/1999",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void changingADecisionTableChangesAFinding() throws Exception {
        String table = http.withBasicAuth("bureau", "demo").getForObject(url("020008-2021-05"), String.class);
        assertThat(post("/api/validation?profile=JY2021", table).get("findings").findValuesAsText("ruleId"))
                .contains("indicator.level2NotInLevel1");

        // The finance bureau adds 预算目标 under 投入与目标管理 in Camunda Modeler and redeploys the table.
        String dmn;
        try (InputStream in = getClass().getResourceAsStream("/bpmn/validation-rules.dmn")) {
            dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String rule = """
                      <rule id="budgetTargetRule">
                        <inputEntry id="budgetTargetRule_in1"><text>"JY2021"</text></inputEntry>
                        <inputEntry id="budgetTargetRule_in2"><text>"投入与目标管理"</text></inputEntry>
                        <inputEntry id="budgetTargetRule_in3"><text>"预算目标"</text></inputEntry>
                        <outputEntry id="budgetTargetRule_out0"><text>"INPUT"</text></outputEntry>
                      </rule>
                """;
        String edited = dmn.replaceFirst("(<decisionTable id=\"indicatorCategoriesTable\"[^>]*>[\\s\\S]*?)(<rule )",
                "$1" + rule.replace("$", "\\$") + "$2");
        assertThat(edited).contains("budgetTargetRule");
        repository.createDeployment().name("performance-target-approval")
                .addString("validation-rules.dmn", edited).deploy();
        ruleTables.refresh();

        assertThat(post("/api/validation?profile=JY2021", table).get("findings").findValuesAsText("ruleId"))
                .doesNotContain("indicator.level2NotInLevel1");
    }

    private String url(String businessKey) {
        return "/api/submissions/" + submissions.findByBusinessKey(businessKey).orElseThrow().getId();
    }

    private JsonNode post(String path, String body) throws IOException {
        ResponseEntity<String> response = postEntity(path, body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> postEntity(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("bureau", "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
