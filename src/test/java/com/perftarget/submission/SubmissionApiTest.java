package com.perftarget.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
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

import com.perftarget.process.approval.ApprovalProcess;
import com.perftarget.support.IntegrationTest;
import com.perftarget.support.TestSubmissions;
import com.perftarget.support.TestSubmissions.Started;
import com.perftarget.table.TargetTable;

/** The HTTP API on a real server and PostgreSQL, with the demo logins. */
@IntegrationTest
class SubmissionApiTest {

    @Autowired TestRestTemplate http;
    @Autowired TestSubmissions testSubmissions;
    @Autowired SubmissionService submissions;
    @Autowired TaskService tasks;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void listsTheTablesOfAUnitYear() throws Exception {
        ResponseEntity<String> response = as("bureau").getForEntity("/api/submissions?unitCode=020008&year=2021",
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode list = json.readTree(response.getBody());
        assertThat(list).hasSize(16);
        JsonNode first = list.get(0);
        assertThat(first.get("submissionId").isNumber()).isTrue();
        assertThat(first.get("businessKey").asText()).isEqualTo("020008-2021-01");
        assertThat(first.get("projectName").asText()).isEqualTo("车管业务经费");
        assertThat(first.get("leader").asText()).isEqualTo("卢光伟");
        assertThat(first.get("yearAmount").isNumber()).isTrue();
        assertThat(first.get("yearAmount").decimalValue()).isEqualByComparingTo("272.50");
        assertThat(first.get("status").asText()).isEqualTo("DRAFT");
        assertThat(first.get("stage").asText()).isEqualTo("fillTargets");
    }

    @Test
    void returnsOneTableWithTheGlossaryNames() throws Exception {
        long id = submissions.findByBusinessKey("020008-2021-02").orElseThrow().getId();
        JsonNode table = json.readTree(as("wangmingji").getForObject("/api/submissions/" + id, String.class));
        assertThat(table.get("projectName").asText()).isEqualTo("道路交通管理专项-道路标志标线及道路设施维护");
        assertThat(table.get("unitCode").asText()).isEqualTo("020008");
        assertThat(table.get("startDate").asText()).isEqualTo("2021-01-01");
        assertThat(table.get("totalAmount").isNumber()).isTrue();
        assertThat(table.get("lastTotalAmount").decimalValue()).isEqualByComparingTo("125.00");
        assertThat(table.get("indicators")).hasSize(14);
        assertThat(table.get("indicators").get(8)).isEqualTo(json.readTree(
                "{\"level1\":\"产出目标\",\"level2\":\"数量\",\"name\":\"交通标志牌交通标志牌\",\"target\":\"≥80面\"}"));
        for (String field : List.of("fundUse", "leader", "contact", "phone", "endDate", "yearAmount",
                "lastYearAmount", "overview", "basis", "necessity", "measures", "plan", "remarks", "overallGoal",
                "annualGoal")) {
            assertThat(table.has(field)).as(field).isTrue();
        }
    }

    @Test
    void refusesAnonymousAndWrongPasswordsAlike() {
        ResponseEntity<String> anonymous = http.getForEntity("/api/submissions?unitCode=020008&year=2021", String.class);
        // A failed login delays the next ones of that user (the engine's brute-force guard): use one no other test uses.
        ResponseEntity<String> wrongPassword = http.withBasicAuth("limingxiang", "wrong")
                .getForEntity("/api/submissions?unitCode=020008&year=2021", String.class);
        ResponseEntity<String> unknownUser = http.withBasicAuth("nobody", "demo")
                .getForEntity("/api/submissions?unitCode=020008&year=2021", String.class);
        for (ResponseEntity<String> response : List.of(anonymous, wrongPassword, unknownUser)) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
            assertThat(response.getBody()).contains("\"error\"");
        }
        assertThat(wrongPassword.getBody()).isEqualTo(unknownUser.getBody());
    }

    @Test
    void unknownSubmissionIs404() {
        ResponseEntity<String> response = as("bureau").getForEntity("/api/submissions/999999", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).contains("没有找到");
    }

    @Test
    void badInputIs400NamingEachFieldAndSavesNothing() throws Exception {
        Started started = testSubmissions.start(9, "luguangwei");
        ObjectNode table = currentTable(started);
        table.put("projectName", " ");
        table.put("totalAmount", "七百万");
        table.put("yearAmount", -1);
        table.put("lastYearAmount", 1.234);
        table.put("startDate", "2021-12-31");
        table.put("endDate", "2021-01-01");
        ((ObjectNode) table.get("indicators").get(0)).putNull("name");
        ((ObjectNode) table.get("indicators").get(2)).put("target", "");

        ResponseEntity<String> response = post(started, "/submit", "luguangwei", table);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(response.getBody()).get("fieldErrors");
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("projectName", "totalAmount",
                "yearAmount", "lastYearAmount", "endDate", "indicators[0].name", "indicators[2].target");
        assertThat(errors.findValuesAsText("message")).contains("项目名称不能为空", "项目本年度金额不能为负数",
                "项目上年度金额最多保留两位小数（万元）", "第 1 行绩效指标缺少三级指标名称", "第 3 行绩效指标缺少目标值");
        assertThat(submissions.details(started.submissionId()).table()).isEqualTo(started.table());
        assertThat(submissions.get(started.submissionId()).getStatus()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(tasks.createTaskQuery().processInstanceId(started.processInstanceId())
                .taskDefinitionKey(ApprovalProcess.FILL_TARGETS).count()).isEqualTo(1);
    }

    @Test
    void malformedJsonIs400() throws Exception {
        Started started = testSubmissions.start(10, "luguangwei");
        ObjectNode table = currentTable(started);
        table.put("indicators", "not a list");
        ResponseEntity<String> wrongType = post(started, "/submit", "luguangwei", table);
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(wrongType.getBody()).get("fieldErrors").findValuesAsText("field"))
                .containsExactly("indicators");

        ResponseEntity<String> broken = http.withBasicAuth("luguangwei", "demo").postForEntity(
                "/api/submissions/" + started.submissionId() + "/submit", jsonEntity("{\"projectName\":"), String.class);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(broken.getBody()).contains("不是有效的 JSON");
    }

    @Test
    void submitAndReviewDoWhatTheFormsDo() throws Exception {
        Started started = testSubmissions.start(11, "wangmingji");
        ObjectNode table = currentTable(started);
        ((ObjectNode) table.get("indicators").get(6)).put("target", "≥180个");
        ArrayNode rows = (ArrayNode) table.get("indicators");
        rows.addObject().put("level1", "产出目标").put("level2", "质量").put("name", "维护响应合格率").put("target", "≥98%");

        assertThat(post(started, "/submit", "luguangwei", table).getStatusCode())
                .as("not this leader's project").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> filed = post(started, "/submit", "wangmingji", table);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(filed.getBody()).get("stage").asText()).isEqualTo("validateTargets");
        assertThat(post(started, "/submit", "wangmingji", table).getStatusCode())
                .as("already submitted").isEqualTo(HttpStatus.CONFLICT);
        TargetTable stored = submissions.details(started.submissionId()).table();
        assertThat(stored.indicators()).hasSize(15);
        assertThat(stored.indicators().get(6).target()).isEqualTo("≥180个");
        assertThat(stored.indicators().get(14).name()).isEqualTo("维护响应合格率");

        Map<String, String> approve = Map.of("decision", "APPROVE");
        assertThat(post(started, "/review", "finance-020008", approve).getStatusCode())
                .as("still in validation").isEqualTo(HttpStatus.CONFLICT);
        testSubmissions.executeJob(started.processInstanceId());

        ResponseEntity<String> noOpinion = post(started, "/review", "finance-020008", Map.of("decision", "RETURN"));
        assertThat(noOpinion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(noOpinion.getBody()).get("fieldErrors").findValuesAsText("field"))
                .containsExactly("opinion");
        assertThat(post(started, "/review", "finance-020008", Map.of("decision", "MAYBE")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post(started, "/review", "bureau", approve).getStatusCode())
                .as("the bureau's turn has not come").isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(started, "/review", "wangmingji", approve).getStatusCode())
                .as("a leader is no reviewer").isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> approved = post(started, "/review", "finance-020008", approve);
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(approved.getBody()).get("stage").asText()).isEqualTo("bureauReview");

        ResponseEntity<String> returned = post(started, "/review", "bureau",
                Map.of("decision", "RETURN", "opinion", "新增指标请说明测算口径"));
        assertThat(returned.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode afterReturn = json.readTree(returned.getBody());
        assertThat(afterReturn.get("status").asText()).isEqualTo("RETURNED");
        assertThat(afterReturn.get("stage").asText()).isEqualTo("fillTargets");
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private ObjectNode currentTable(Started started) throws Exception {
        return (ObjectNode) json.readTree(as("bureau").getForObject("/api/submissions/" + started.submissionId(),
                String.class));
    }

    private ResponseEntity<String> post(Started started, String action, String user, Object body) throws Exception {
        return as(user).postForEntity("/api/submissions/" + started.submissionId() + action,
                jsonEntity(json.writeValueAsString(body)), String.class);
    }

    private static HttpEntity<String> jsonEntity(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
