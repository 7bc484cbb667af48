package com.perftarget.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.perftarget.process.OperationsMetrics;
import com.perftarget.submission.SubmissionService;
import com.perftarget.support.EmbeddedPostgresConfiguration;
import com.perftarget.support.TestIdentities;
import com.perftarget.support.TestSubmissions;

/**
 * Health, readiness and metrics on the running application (PostgreSQL, demo data, job executor on): the probes are
 * open to all, every other actuator endpoint only to administrators, and the figures move with the work.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.shutdown=immediate", "perftarget.demo.enabled=true"})
@Import({EmbeddedPostgresConfiguration.class, TestSubmissions.class, TestIdentities.class})
class OperationsTest {

    @Autowired TestRestTemplate http;
    @Autowired SubmissionService submissions;
    @Autowired TaskService tasks;
    @Autowired OperationsMetrics metrics;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void livenessAndReadinessAreOpenAndReadinessCoversDatabaseEngineAndJobExecutor() throws Exception {
        ResponseEntity<String> liveness = http.getForEntity("/actuator/health/liveness", String.class);
        assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(liveness.getBody()).get("status").asText()).isEqualTo("UP");

        ResponseEntity<String> readiness = http.getForEntity("/actuator/health/readiness", String.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode ready = json.readTree(readiness.getBody());
        assertThat(ready.get("status").asText()).isEqualTo("UP");
        assertThat(ready.get("components").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("readinessState", "db", "processEngine", "jobExecutor");
        ready.get("components").forEach(component -> assertThat(component.get("status").asText()).isEqualTo("UP"));
    }

    @Test
    void actuatorEndpointsOtherThanHealthAreForAdministratorsOnly() {
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> bureau = http.withBasicAuth("bureau", "demo").getForEntity("/actuator/prometheus",
                String.class);
        assertThat(bureau.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(bureau.getBody()).contains("只有系统管理员可以访问");
        assertThat(http.withBasicAuth("bureau", "demo").getForEntity("/actuator/metrics", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/actuator/metrics", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theFiguresMoveWithTheWork() {
        String before = prometheus();
        assertThat(before).contains("perftarget_incidents_open", "perftarget_jobs_failed",
                "perftarget_validation_duration_seconds_count", "perftarget_task_completion_seconds_count");
        assertThat(value(before, "perftarget_submissions\\{stage=\"fillTargets\",status=\"DRAFT\"}")).isEqualTo(16);

        // A refused login is counted (a login no other test uses: a wrong password delays that login's next try).
        double refused = value(before, "perftarget_logins_refused_total");
        assertThat(http.withBasicAuth("sysadmin", "wrong").getForEntity("/api/submissions?unitCode=020008&year=2021",
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        // A completion through the API is timed, and the submission moves on in the gauges.
        long id = submissions.findByBusinessKey("020008-2021-03").orElseThrow().getId();
        Task fill = tasks.createTaskQuery().processInstanceBusinessKey("020008-2021-03").singleResult();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> filed = http.withBasicAuth(fill.getAssignee(), "demo").exchange(
                "/api/submissions/" + id + "/submit", HttpMethod.POST,
                new HttpEntity<>(http.withBasicAuth(fill.getAssignee(), "demo")
                        .getForObject("/api/submissions/" + id, String.class), headers), String.class);
        assertThat(filed.getStatusCode().is2xxSuccessful()).as(filed.getBody()).isTrue();

        metrics.refresh();
        String after = prometheus();
        assertThat(value(after, "perftarget_logins_refused_total")).isEqualTo(refused + 1);
        assertThat(value(after, "perftarget_task_completion_seconds_count\\{outcome=\"completed\"}"))
                .isEqualTo(value(before, "perftarget_task_completion_seconds_count\\{outcome=\"completed\"}") + 1);
        assertThat(value(after, "perftarget_submissions\\{stage=\"fillTargets\",status=\"DRAFT\"}")).isEqualTo(15);
    }

    private String prometheus() {
        ResponseEntity<String> scrape = http.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus",
                String.class);
        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        return scrape.getBody();
    }

    /** The value of one series in the Prometheus text format ({@code name{labels} value}). */
    private static double value(String scrape, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + "(?:\\{[^}]*})? ([0-9.eE+-]+)$").matcher(scrape);
        assertThat(matcher.find()).as(series).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
