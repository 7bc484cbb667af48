package com.perftarget.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.perftarget.support.IntegrationTest;

/**
 * {@code POST /api/rounds} as the bureau uses it: a round opened for a unit, last year's projects carried into it and
 * run inside the unit's process with the round's due dates; every bad request answered with a Chinese JSON error
 * and nothing started.
 */
@IntegrationTest
class RoundApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired RoundService rounds;

    private final LocalDate unitDeadline = RoundCalendar.today().plusDays(20);
    private final LocalDate bureauDeadline = RoundCalendar.today().plusDays(40);

    @Test
    void theBureauOpensARoundAndLastYearsProjectsAreCarriedIntoTheUnitsFiling() throws Exception {
        register("040001", true);
        ResponseEntity<String> opened = post("finance-040001", "/api/rounds/2078/units/040001/projects", """
                {"projectName":"农村公路养护","leaderLogin":"leader-040001","fundKind":"GENERAL",
                 "totalAmount":"120.00","yearAmount":"40.00"}""");
        assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> round = post("bureau", "/api/rounds", roundBody(2079, "[\"040001\"]"));
        assertThat(round.getStatusCode()).as(round.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = JSON.readTree(round.getBody());
        assertThat(body.get("units").get(0).asText()).isEqualTo("040001");
        assertThat(body.get("profile").asText()).isEqualTo("LOCAL");
        ProcessInstance unitProcess = runtime.createProcessInstanceQuery().processInstanceBusinessKey("040001-2079")
                .singleResult();
        assertThat(unitProcess).isNotNull();

        ResponseEntity<String> carried = post("finance-040001", "/api/rounds/2079/units/040001/carry-over", "{}");
        assertThat(carried.getStatusCode()).as(carried.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode project = JSON.readTree(carried.getBody()).get(0);
        assertThat(project.get("businessKey").asText()).isEqualTo("040001-2079-01");
        assertThat(project.get("lastYearAmount").decimalValue()).isEqualByComparingTo("40.00");
        ProcessInstance approval = runtime.createProcessInstanceQuery().processInstanceBusinessKey("040001-2079-01")
                .singleResult();
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(unitProcess.getId()).list())
                .extracting(ProcessInstance::getId).containsExactly(approval.getId());
        Task fill = tasks.createTaskQuery().processInstanceId(approval.getId()).singleResult();
        assertThat(fill.getAssignee()).isEqualTo("leader-040001");
        assertThat(fill.getDueDate().toInstant()).isEqualTo(RoundCalendar.endOf(unitDeadline));
        assertThat(rounds.find(2079).orElseThrow().getOpenedBy()).isEqualTo("bureau");

        JsonNode progress = JSON.readTree(http.withBasicAuth("bureau", "demo")
                .getForObject("/api/rounds/2079/progress", String.class));
        JsonNode unit = progress.get(0);
        assertThat(unit.get("unitCode").asText()).isEqualTo("040001");
        assertThat(unit.at("/round/deadline").asText()).isEqualTo(unitDeadline.toString());
        assertThat(unit.at("/round/overdue").asBoolean()).isFalse();
        assertThat(unit.at("/round/approvedOn").isNull()).isTrue();
        assertThat(http.withBasicAuth("bureau", "demo").getForObject("/api/rounds/2079/progress?format=csv",
                String.class)).contains("报送截止日", "040001", unitDeadline.toString());

        ResponseEntity<String> again = post("bureau", "/api/rounds", roundBody(2079, "[\"040001\"]"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(JSON.readTree(again.getBody()).get("error").asText()).contains("2079", "已经开启");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("040001-2079").count())
                .isEqualTo(1);
    }

    @Test
    void badRoundsAreRefusedWithEveryReasonAndStartNothing() throws Exception {
        register("040002", false);
        ResponseEntity<String> bad = post("bureau", "/api/rounds", """
                {"year":2077,"profile":"NOPE","units":["040002","049999"],
                 "unitDeadline":"2020-01-20","bureauDeadline":"2019-12-31"}""");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = JSON.readTree(bad.getBody()).get("fieldErrors");
        assertThat(errors.findValuesAsText("field")).contains("profile", "unitDeadline", "bureauDeadline",
                "units[1]", "units");
        assertThat(errors.findValuesAsText("message")).anySatisfy(m -> assertThat(m).contains("040002", "单位财务"))
                .anySatisfy(m -> assertThat(m).contains("049999", "未登记"))
                .anySatisfy(m -> assertThat(m).contains("已经过去"));
        assertThat(rounds.find(2077)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("2077").count()).isZero();

        assertThat(post("bureau", "/api/rounds", "{\"year\":").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> noYear = post("bureau", "/api/rounds", "{\"profile\":\"LOCAL\"}");
        assertThat(JSON.readTree(noYear.getBody()).get("fieldErrors").findValuesAsText("field"))
                .contains("year", "unitDeadline", "bureauDeadline");
        ResponseEntity<String> outside = post("finance-020008", "/api/rounds/2075/units/020008/projects", """
                {"projectName":"轮次前的项目","leaderLogin":"luguangwei","fundKind":"GENERAL",
                 "totalAmount":"10.00","yearAmount":"5.00"}""");
        assertThat(outside.getStatusCode()).as(outside.getBody()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> tooLate = post("bureau", "/api/rounds", roundBody(2075, "[\"020008\"]"));
        assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(tooLate.getBody()).get("fieldErrors").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("020008", "1 个 2075 年度项目在轮次之外"));
        assertThat(rounds.find(2075)).isEmpty();

        ResponseEntity<String> notBureau = post("finance-020008", "/api/rounds", roundBody(2076, "[\"020008\"]"));
        assertThat(notBureau.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(JSON.readTree(notBureau.getBody()).get("error").asText()).contains("财政局");
        assertThat(rounds.find(2076)).isEmpty();
    }

    private String roundBody(int year, String units) {
        return "{\"year\":" + year + ",\"profile\":\"LOCAL\",\"units\":" + units + ",\"unitDeadline\":\""
                + unitDeadline + "\",\"bureauDeadline\":\"" + bureauDeadline + "\"}";
    }

    private void register(String code, boolean withFinance) {
        String finance = withFinance ? ",{\"login\":\"finance-" + code + "\",\"name\":\"财务\",\"role\":\"FINANCE\"}"
                : "";
        ResponseEntity<String> created = post("bureau", "/api/units", "{\"code\":\"" + code
                + "\",\"name\":\"测试单位" + code + "\",\"people\":[{\"login\":\"leader-" + code
                + "\",\"name\":\"负责人\",\"role\":\"LEADER\"}" + finance + "]}");
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
