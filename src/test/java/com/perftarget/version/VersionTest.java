package com.perftarget.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.perftarget.process.approval.FormVariables;
import com.perftarget.support.IntegrationTest;
import com.perftarget.support.TestSubmissions;
import com.perftarget.support.TestSubmissions.Started;
import com.perftarget.table.TableDraft;

/** Versions on PostgreSQL: one per completed 填报, immutable in the database, compared field by field and row by row. */
@IntegrationTest
class VersionTest {

    @Autowired TestRestTemplate http;
    @Autowired TestSubmissions testSubmissions;
    @Autowired VersionService versions;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired TransactionTemplate transaction;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyFilingIsAVersionAndEveryDecisionNamesTheVersionItDecidedOn() throws Exception {
        Started started = testSubmissions.start(3, "wangmingji");
        submit(started, "wangmingji", table(started));
        testSubmissions.executeJob(started.processInstanceId());
        review(started, "finance-020008", "RETURN", "请补充设备清单");
        ObjectNode changed = table(started);
        target(changed, 6).put("target", "≥175个");
        submit(started, "wangmingji", changed);
        testSubmissions.executeJob(started.processInstanceId());
        review(started, "finance-020008", "APPROVE", null);
        review(started, "bureau", "APPROVE", "同意");

        JsonNode list = get(started, "/versions");
        assertThat(list).hasSize(2);
        assertThat(list.findValuesAsText("author")).containsExactly("wangmingji", "wangmingji");
        assertThat(list.get(0).get("approved").asBoolean()).isFalse();
        assertThat(list.get(1).get("approved").asBoolean()).isTrue();
        assertThat(list.get(1).get("validation").get("passed").asBoolean()).isTrue();
        assertThat(list.get(0).get("contentSha256").asText()).hasSize(64)
                .isNotEqualTo(list.get(1).get("contentSha256").asText());

        JsonNode first = get(started, "/versions/1");
        assertThat(first.get("indicators").get(6).get("target").asText()).isEqualTo("≥170个");
        assertThat(get(started, "/versions/2").get("indicators").get(6).get("target").asText()).isEqualTo("≥175个");
        assertThat(first.get("projectName").asText()).isEqualTo("道路交通管理专项-电子警察维护");

        List<JsonNode> history = new ArrayList<>();
        get(started, "/history").forEach(history::add);
        List<JsonNode> steps = history.stream().filter(e -> !e.get("type").asText().equals("OPERATION")).toList();
        assertThat(steps).extracting(e -> e.get("type").asText())
                .containsExactly("FILED", "REVIEWED", "FILED", "REVIEWED", "REVIEWED", "APPROVED");
        assertThat(steps).extracting(e -> e.get("version").asInt()).containsExactly(1, 1, 2, 2, 2, 2);
        assertThat(steps.get(1).get("opinion").asText()).isEqualTo("请补充设备清单");
        assertThat(steps.get(5).get("actor").asText()).isEqualTo("bureau");
        assertThat(history).filteredOn(e -> e.get("type").asText().equals("OPERATION"))
                .extracting(e -> e.get("operation").asText() + ":" + e.get("actor").asText())
                .contains("Claim:finance-020008", "Claim:bureau");
    }

    @Test
    void theDiffOfASeedTableAndAnEditedCopyNamesEveryChange() throws Exception {
        Started started = testSubmissions.start(2, "wangmingji");
        submit(started, "wangmingji", table(started));
        testSubmissions.executeJob(started.processInstanceId());
        review(started, "finance-020008", "RETURN", "请调整");

        ObjectNode edited = table(started);
        edited.put("projectName", "道路标志标线及道路设施维护");
        edited.put("totalAmount", 130.5);
        edited.put("remarks", "按2021年实际测算");
        target(edited, 7).put("target", "≥5万平方米");               // 道路标线施划面积
        target(edited, 8).put("name", "交通标志牌");                 // the doubled name corrected
        ArrayNode rows = (ArrayNode) edited.get("indicators");
        rows.remove(9);                                              // 验收合格率 removed
        rows.addObject().put("level1", "产出目标").put("level2", "质量").put("name", "标线耐久合格率")
                .put("target", "≥95%");
        submit(started, "wangmingji", edited);

        JsonNode diff = get(started, "/diff?from=1&to=2");
        assertThat(diff.get("from").asInt()).isEqualTo(1);
        assertThat(diff.get("to").asInt()).isEqualTo(2);
        assertThat(json.writeValueAsString(diff.get("fields"))).isEqualTo(json.writeValueAsString(json.readTree("""
                [{"field":"projectName","label":"项目名称","from":"道路交通管理专项-道路标志标线及道路设施维护","to":"道路标志标线及道路设施维护"},
                 {"field":"totalAmount","label":"项目总金额","from":"123.40","to":"130.50"},
                 {"field":"remarks","label":"备注","from":null,"to":"按2021年实际测算"}]""")));
        JsonNode indicators = diff.get("indicators");
        assertThat(indicators).hasSize(4);
        assertThat(indicators.findValuesAsText("change")).containsExactly("REMOVED", "CHANGED", "CHANGED", "ADDED");
        assertThat(indicators.get(0).get("fromRow").asInt()).isEqualTo(10);
        assertThat(indicators.get(0).get("from").get("name").asText()).isEqualTo("验收合格率");
        assertThat(json.writeValueAsString(indicators.get(1).get("changes"))).isEqualTo(json.writeValueAsString(
                json.readTree("[{\"field\":\"target\",\"label\":\"目标值\",\"from\":\"≥4.5万平方米\",\"to\":\"≥5万平方米\"}]")));
        assertThat(indicators.get(1).get("fromRow").asInt()).isEqualTo(8);
        assertThat(indicators.get(2).get("changes").get(0).get("from").asText()).isEqualTo("交通标志牌交通标志牌");
        assertThat(indicators.get(2).get("changes").get(0).get("to").asText()).isEqualTo("交通标志牌");
        assertThat(indicators.get(3).get("toRow").asInt()).isEqualTo(14);
        assertThat(indicators.get(3).get("to").get("name").asText()).isEqualTo("标线耐久合格率");
        assertThat(diff.get("lines")).extracting(JsonNode::asText).containsExactly(
                "项目名称：道路交通管理专项-道路标志标线及道路设施维护 → 道路标志标线及道路设施维护",
                "项目总金额：123.40 → 130.50",
                "备注：（空） → 按2021年实际测算",
                "删除指标（原第 10 行）：产出目标 / 数量 / 验收合格率：=100%",
                "道路标线施划面积 目标值：≥4.5万平方米 → ≥5万平方米",
                "交通标志牌交通标志牌 三级指标：交通标志牌交通标志牌 → 交通标志牌",
                "新增指标（第 14 行）：产出目标 / 质量 / 标线耐久合格率：≥95%");
    }

    @Test
    void unknownVersionsAre404AndAMissingParameterIs400() {
        Started started = testSubmissions.start(4, "luguangwei");
        assertThat(as("bureau").getForEntity(url(started, "/versions/1"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("bureau").getForEntity(url(started, "/diff?from=1"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"submission_version", "review_decision", "validation_finding", "validation_run",
            "version_approval"})
    void theDatabaseRefusesToChangeOrRemoveRecords(String table) {
        Started started = testSubmissions.start(6, "limingxiang");
        submit(started, "limingxiang", table(started));
        testSubmissions.executeJob(started.processInstanceId());
        review(started, "finance-020008", "APPROVE", "可以");
        review(started, "bureau", "APPROVE", null);
        jdbc.update("insert into validation_finding (submission_id, version_no, rule_id, severity, message, found_at)"
                + " values (?, 1, 'test.rule', 'INFO', '测试', current_timestamp)", started.submissionId());
        String where = " where submission_id = " + started.submissionId();
        assertThat(jdbc.queryForObject("select count(*) from " + table + where, Integer.class)).isPositive();

        assertThatThrownBy(() -> jdbc.update("update " + table + " set submission_id = submission_id" + where))
                .hasMessageContaining("不可修改或删除");
        assertThatThrownBy(() -> jdbc.update("delete from " + table + where))
                .hasMessageContaining("不可修改或删除");
        assertThatThrownBy(() -> jdbc.execute("truncate " + table + " cascade"))
                .hasMessageContaining("不可修改或删除");
        assertThat(jdbc.queryForObject("select count(*) from " + table + where, Integer.class)).isPositive();
    }

    @Test
    void aFailureLaterInTheCompletionTakesTheVersionWithIt() {
        Started started = testSubmissions.start(6, "limingxiang");
        String taskId = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();
        TableDraft draft = TableDraft.of(started.table());

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            forms.submitTaskForm(taskId, FormVariables.of(draft));
            assertThat(versions.list(started.submissionId())).hasSize(1);
            throw new IllegalStateException("the next step failed");
        })).hasMessage("the next step failed");

        assertThat(versions.list(started.submissionId())).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void twoSimultaneousSubmissionsMakeOneVersionAndAClearAnswerForTheLoser() throws Exception {
        Started started = testSubmissions.start(7, "huangfangming");
        ObjectNode table = table(started);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
            Callable<ResponseEntity<String>> submitOnGo = () -> {
                go.await();
                return post(started, "/submit", "huangfangming", table);
            };
            answers.add(pool.submit(submitOnGo));
            answers.add(pool.submit(submitOnGo));
            go.countDown();
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : answers) {
                ResponseEntity<String> response = answer.get(60, TimeUnit.SECONDS);
                statuses.add(HttpStatus.valueOf(response.getStatusCode().value()));
                if (response.getStatusCode() == HttpStatus.CONFLICT) {
                    assertThat(json.readTree(response.getBody()).get("error").asText()).isNotBlank();
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
        } finally {
            pool.shutdownNow();
        }
        assertThat(versions.list(started.submissionId())).hasSize(1);
        assertThat(post(started, "/submit", "huangfangming", table).getStatusCode())
                .as("a replayed request").isEqualTo(HttpStatus.CONFLICT);
        assertThat(versions.list(started.submissionId())).hasSize(1);
    }

    private ObjectNode target(ObjectNode table, int row) {
        return (ObjectNode) table.get("indicators").get(row);
    }

    private ObjectNode table(Started started) {
        return (ObjectNode) get(started, "");
    }

    private JsonNode get(Started started, String path) {
        try {
            ResponseEntity<String> response = as("bureau").getForEntity(url(started, path), String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void submit(Started started, String leader, ObjectNode table) {
        assertThat(post(started, "/submit", leader, table).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void review(Started started, String reviewer, String decision, String opinion) {
        ObjectNode body = json.createObjectNode().put("decision", decision).put("opinion", opinion);
        assertThat(post(started, "/review", reviewer, body).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> post(Started started, String action, String user, JsonNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity(url(started, action), new HttpEntity<>(body.toString(), headers), String.class);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private static String url(Started started, String path) {
        return "/api/submissions/" + started.submissionId() + path;
    }
}
