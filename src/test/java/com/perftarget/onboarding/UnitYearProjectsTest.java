package com.perftarget.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.perftarget.process.approval.ApprovalProcess;
import com.perftarget.submission.FundKind;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.support.Drafts;
import com.perftarget.support.IntegrationTest;
import com.perftarget.support.TestSubmissions;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;

/**
 * Projects of a budget year: a new one added by the unit's finance, waiting at 填报 for its leader; last year's
 * carried into the new year: each from its approved version, else its
 * latest filed one, else its table as it stood — marked so in its history — with last year's amounts as 上年度, the
 * period a year on, its approval at 填报; the reviewer sees the change against last year's table; twice is refused.
 * A project withdrawn with its reason: its approval ended, the reason in its history, no longer counted.
 */
@IntegrationTest
class UnitYearProjectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2061);

    @Autowired TestRestTemplate http;
    @Autowired SubmissionService submissions;
    @Autowired TestSubmissions testSubmissions;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired HistoryService history;

    @Test
    void eachProjectStartsFromItsBestTableLastYearAndTheReviewerSeesTheChange() throws Exception {
        int lastYear = NEXT_YEAR.getAndAdd(2);
        int year = lastYear + 1;
        TargetTable approvedTable = Drafts.table(Drafts.withField(TableDraft.of(TestSubmissions.seedTable(1)),
                TableField.YEAR_AMOUNT, "250.00"));
        Submission approved = open(lastYear, 1, "luguangwei", TestSubmissions.seedTable(1));
        submissions.file(approved.getId(), TableDraft.of(TestSubmissions.seedTable(1)), "luguangwei");
        int approvedVersion = submissions.file(approved.getId(), TableDraft.of(approvedTable), "luguangwei").version();
        submissions.markApproved(approved.getId(), approvedVersion, "bureau");
        Submission filed = open(lastYear, 2, "wangmingji", TestSubmissions.seedTable(2));
        submissions.file(filed.getId(), TableDraft.of(TestSubmissions.seedTable(2)), "wangmingji");
        Submission neverFiled = open(lastYear, 3, "wangmingji", TestSubmissions.seedTable(3));

        ResponseEntity<String> carried = post("finance-020008", year, null);
        assertThat(carried.getStatusCode()).as(carried.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode projects = JSON.readTree(carried.getBody());
        assertThat(projects).hasSize(3);
        JsonNode first = projects.get(0);
        assertThat(first.get("businessKey").asText()).isEqualTo("020008-" + year + "-01");
        assertThat(first.get("status").asText()).isEqualTo("DRAFT");
        assertThat(first.get("lastTotalAmount").decimalValue()).isEqualByComparingTo(approvedTable.totalAmount());
        assertThat(first.get("lastYearAmount").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(first.get("startDate").asText()).isEqualTo(year + "-01-01");
        assertThat(first.get("endDate").asText()).isEqualTo(year + "-12-31");
        assertThat(first.get("fundKind").asText()).isEqualTo("GENERAL");

        assertThat(history(first).get(0).get("type").asText()).isEqualTo("CARRIED_OVER");
        assertThat(history(first).get(0).get("version").asInt()).isEqualTo(2);
        assertThat(history(first).get(0).get("details").asText())
                .isEqualTo(approved.getBusinessKey() + " 已批准的版本");
        assertThat(history(projects.get(1)).get(0).get("details").asText())
                .isEqualTo(filed.getBusinessKey() + " 最后报送的版本");
        assertThat(history(projects.get(2)).get(0).get("details").asText())
                .isEqualTo(neverFiled.getBusinessKey() + " 未报送的当前表");
        assertThat(history(projects.get(2)).get(0).get("version").isNull()).isTrue();
        for (JsonNode project : projects) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(project.get("businessKey")
                    .asText()).activityIdIn(ApprovalProcess.FILL_TARGETS).count()).isEqualTo(1);
        }

        // The leader revises a 目标值 and files; the reviewer sees it against last year's approved table.
        ObjectNode table = (ObjectNode) JSON.readTree(http.withBasicAuth("luguangwei", "demo")
                .getForObject("/api/submissions/" + first.get("submissionId").asLong(), String.class));
        ((ObjectNode) table.get("indicators").get(0)).put("target", "=99%");
        assertThat(http.withBasicAuth("luguangwei", "demo").postForEntity("/api/submissions/"
                + first.get("submissionId").asLong() + "/submit", json(table.toString()), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(first.get("businessKey").asText()).singleResult();
        testSubmissions.executeJob(instance.getId());
        var reviewTask = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(reviewTask.getTaskDefinitionKey()).isEqualTo(ApprovalProcess.UNIT_FINANCE_REVIEW);
        String review = reviewTask.getId();
        assertThat(String.valueOf(forms.getTaskFormVariables(review).get("changes")))
                .contains("与上年度结转来的表相比", "项目上年度金额：272\\.50 → 250\\.00",
                        "预算执行率 目标值：\\=100\\% → \\=99\\%");

        ResponseEntity<String> again = post("finance-020008", year, null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("已经结转过", approved.getBusinessKey());
    }

    @Test
    void unknownProjectsAndOtherPeopleAreRefused() {
        int lastYear = NEXT_YEAR.getAndAdd(2);
        open(lastYear, 1, "luguangwei", TestSubmissions.seedTable(1));
        ResponseEntity<String> unknown = post("finance-020008", lastYear + 1,
                "{\"businessKeys\":[\"020008-" + lastYear + "-09\"]}");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("businessKeys[0]", "不是单位 020008 " + lastYear + " 年度的项目");
        assertThat(submissions.list("020008", lastYear + 1)).isEmpty();
        assertThat(post("luguangwei", lastYear + 1, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theUnitsFinanceAddsAProjectThatWaitsForItsLeader() throws Exception {
        int year = NEXT_YEAR.getAndAdd(2);
        open(year, 1, "luguangwei", TestSubmissions.seedTable(1));
        String path = "/api/rounds/" + year + "/units/020008/projects";
        ResponseEntity<String> added = http.withBasicAuth("finance-020008", "demo").postForEntity(path, json("""
                {"projectName":"交通安全宣传","leaderLogin":"luguangwei","fundKind":"SPECIAL",
                 "totalAmount":"30","yearAmount":"12.5"}"""), String.class);
        assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode project = JSON.readTree(added.getBody());
        assertThat(project.get("businessKey").asText()).isEqualTo("020008-" + year + "-02");
        assertThat(project.get("leader").asText()).isEqualTo("卢光伟");
        assertThat(project.get("yearAmount").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(project.get("startDate").asText()).isEqualTo(year + "-01-01");
        var fill = tasks.createTaskQuery().processInstanceBusinessKey(project.get("businessKey").asText())
                .singleResult();
        assertThat(fill.getTaskDefinitionKey()).isEqualTo(ApprovalProcess.FILL_TARGETS);
        assertThat(fill.getAssignee()).isEqualTo("luguangwei");
        assertThat(forms.getTaskFormVariables(fill.getId()).get("projectName")).isEqualTo("交通安全宣传");

        ResponseEntity<String> bad = http.withBasicAuth("finance-020008", "demo").postForEntity(path, json("""
                {"projectName":"交通安全宣传","leaderLogin":"finance-020008","fundKind":"OTHER",
                 "totalAmount":"-1","yearAmount":"十万"}"""), String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(bad.getBody()).get("fieldErrors").findValuesAsText("field"))
                .containsExactly("totalAmount", "yearAmount", "projectName", "leaderLogin", "fundKind");
        assertThat(submissions.list("020008", year)).hasSize(2);
        assertThat(http.withBasicAuth("luguangwei", "demo").postForEntity(path, json("{}"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("finance-020008", "demo").postForEntity("/api/rounds/99999/units/020008/projects",
                json("{}"), String.class).getBody()).contains("预算年度应在 2000～2100 年之间");
    }

    @Test
    void aProjectIsWithdrawnWithItsReasonAndNoLongerCounts() throws Exception {
        TestSubmissions.Started started = testSubmissions.start(4, "wangmingji");
        String path = "/api/submissions/" + started.submissionId() + "/withdraw";
        assertThat(http.withBasicAuth("wangmingji", "demo").postForEntity(path, json("{\"reason\":\"不做了\"}"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> noReason = http.withBasicAuth("finance-020008", "demo").postForEntity(path,
                json("{\"reason\":\"  \"}"), String.class);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("\"field\":\"reason\"", "请填写撤回原因");

        ResponseEntity<String> withdrawn = http.withBasicAuth("finance-020008", "demo").postForEntity(path,
                json("{\"reason\":\"该项目并入车管业务经费\"}"), String.class);
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(withdrawn.getBody()).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId()).count())
                .isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .singleResult().getDeleteReason()).isEqualTo("撤回：该项目并入车管业务经费");
        JsonNode entries = JSON.readTree(http.withBasicAuth("finance-020008", "demo").getForObject(
                "/api/submissions/" + started.submissionId() + "/history", String.class));
        assertThat(entries.findParents("type")).filteredOn(e -> e.get("type").asText().equals("WITHDRAWN"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.get("actor").asText()).isEqualTo("finance-020008");
                    assertThat(entry.get("opinion").asText()).isEqualTo("该项目并入车管业务经费");
                });
        int year = submissions.get(started.submissionId()).getYear();
        assertThat(submissions.listActive("020008", year)).extracting(Submission::getId)
                .doesNotContain(started.submissionId());

        ResponseEntity<String> again = http.withBasicAuth("finance-020008", "demo").postForEntity(path,
                json("{\"reason\":\"再撤一次\"}"), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("已撤回，不能再撤回");

        TestSubmissions.Started approved = testSubmissions.start(5, "wangmingji");
        int filed = submissions.file(approved.submissionId(), TableDraft.of(approved.table()), "wangmingji").version();
        submissions.markApproved(approved.submissionId(), filed, "bureau");
        ResponseEntity<String> late = http.withBasicAuth("finance-020008", "demo").postForEntity(
                "/api/submissions/" + approved.submissionId() + "/withdraw", json("{\"reason\":\"太晚了\"}"),
                String.class);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody()).contains("已批准，不能再撤回");
    }

    private Submission open(int year, int sequenceNo, String leader, TargetTable table) {
        return submissions.open("020008", year, sequenceNo, leader,
                sequenceNo == 1 ? FundKind.GENERAL : FundKind.SPECIAL, table);
    }

    private JsonNode history(JsonNode project) throws Exception {
        return JSON.readTree(http.withBasicAuth("finance-020008", "demo").getForObject(
                "/api/submissions/" + project.get("submissionId").asLong() + "/history", String.class));
    }

    private ResponseEntity<String> post(String user, int year, String body) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/rounds/" + year + "/units/020008/carry-over",
                json(body == null ? "" : body), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
