package com.perftarget.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;

import com.perftarget.access.Groups;
import com.perftarget.process.approval.ApprovalProcess;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;
import com.perftarget.support.Http;
import com.perftarget.support.Http.Answer;
import com.perftarget.support.IntegrationTest;
import com.perftarget.support.TestIdentities;
import com.perftarget.support.TestSubmissions;
import com.perftarget.support.TestSubmissions.Started;
import com.perftarget.version.VersionService;

/**
 * The integrity holes found from outside, each reproduced as it was found: a completion writing another
 * submission or the assignee, engine String limits, a lock-out by anyone, 500s where a refusal was due, self-renaming
 * leaders and metrics for everyone.
 */
@IntegrationTest
class IntegrityTest {

    @LocalServerPort int port;
    @Autowired TestSubmissions testSubmissions;
    @Autowired TestIdentities identities;
    @Autowired SubmissionService submissions;
    @Autowired VersionService versions;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aLeadersCompletionCannotWriteAnotherSubmission() {
        Started own = testSubmissions.start(4, "luguangwei");
        Started other = testSubmissions.start(3, "wangmingji");
        String task = fillTask(own).getId();
        String crossWrite = "{\"variables\":{\"submissionId\":{\"value\":" + other.submissionId() + ",\"type\":\"Long\"}}}";

        for (String endpoint : List.of("/submit-form", "/complete", "/resolve")) {
            Answer answer = http.post("luguangwei", "/engine-rest/task/" + task + endpoint, crossWrite);
            assertThat(answer.status()).as(endpoint + ": " + answer).isEqualTo(400);
            assertThat(answer.json().get("message").asText()).contains("submissionId", "不是此表单的字段");
        }
        assertThat(http.put("luguangwei", "/engine-rest/task/" + task + "/variables/submissionId",
                "{\"value\":" + other.submissionId() + ",\"type\":\"Long\"}").status()).isEqualTo(400);
        assertThat(http.post("luguangwei", "/engine-rest/task/" + task + "/variables",
                "{\"modifications\":{\"submissionId\":{\"value\":" + other.submissionId() + ",\"type\":\"Long\"}}}")
                .status()).isEqualTo(400);
        assertThat(http.post("luguangwei", "/engine-rest/task/" + task + "/localVariables",
                "{\"modifications\":{\"unitCode2\":{\"value\":\"x\"}}}").status()).isEqualTo(400);
        assertThat(http.delete("luguangwei", "/engine-rest/task/" + task + "/variables/projectName").status())
                .isEqualTo(400);
        // A BPMN error with nothing to catch it would end the approval silently.
        assertThat(http.post("luguangwei", "/engine-rest/task/" + task + "/bpmnError",
                "{\"errorCode\":\"x\"}").status()).isEqualTo(400);

        assertThat(versions.list(other.submissionId())).isEmpty();
        assertThat(versions.list(own.submissionId())).isEmpty();
        assertThat(submissions.details(other.submissionId()).table()).isEqualTo(other.table());
        assertThat(submissions.get(other.submissionId()).getStatus()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(runtime.getVariables(own.processInstanceId())).containsOnlyKeys(
                ApprovalProcess.SUBMISSION_ID.name()).containsEntry("submissionId", own.submissionId());
    }

    @Test
    void theTablesLeaderFieldIsTableDataAndNeverTheAssignee() {
        Started started = testSubmissions.start(3, "wangmingji");
        Answer filed = http.post("wangmingji", "/engine-rest/task/" + fillTask(started).getId() + "/complete",
                "{\"variables\":{\"leader\":{\"value\":\"王明计\"},\"contact\":{\"value\":\"新联系人\"}}}");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(204);
        assertThat(versions.latest(started.submissionId()).orElseThrow().author()).isEqualTo("wangmingji");
        assertThat(submissions.details(started.submissionId()).table().contact()).isEqualTo("新联系人");
        assertThat(runtime.getVariables(started.processInstanceId())).doesNotContainKeys("leader", "contact");

        testSubmissions.executeJob(started.processInstanceId());
        Answer returned = http.post("finance-020008", "/api/submissions/" + started.submissionId() + "/review",
                "{\"decision\":\"RETURN\",\"opinion\":\"请补充\"}");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(fillTask(started).getAssignee()).isEqualTo("wangmingji");
    }

    @Test
    void textsTooLongForTheEngineAreRefusedByName() throws Exception {
        Started started = testSubmissions.start(5, "luguangwei");
        ObjectNode table = (ObjectNode) http.get("luguangwei", "/api/submissions/" + started.submissionId()).json();
        table.put("overview", "概".repeat(4100));
        Answer api = http.post("luguangwei", "/api/submissions/" + started.submissionId() + "/submit", table.toString());
        assertThat(api.status()).as(api.toString()).isEqualTo(400);
        assertThat(api.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("overview");
        assertThat(api.json().get("fieldErrors").get(0).get("message").asText()).contains("项目概况", "4000");

        Answer engine = http.post("luguangwei", "/engine-rest/task/" + fillTask(started).getId() + "/submit-form",
                "{\"variables\":{\"overview\":{\"value\":\"" + "概".repeat(4100) + "\"}}}");
        assertThat(engine.status()).as(engine.toString()).isEqualTo(400);
        assertThat(engine.json().get("message").asText()).contains("项目概况", "4000");
        assertThat(versions.list(started.submissionId())).isEmpty();
    }

    @Test
    void controlCharactersAndBadValueTypesAreRefusedNotStored() throws Exception {
        Started started = testSubmissions.start(6, "limingxiang");
        ObjectNode table = (ObjectNode) http.get("limingxiang", "/api/submissions/" + started.submissionId()).json();
        table.put("projectName", "道路\u0000维护");
        Answer api = http.post("limingxiang", "/api/submissions/" + started.submissionId() + "/submit",
                table.toString());
        assertThat(api.status()).as(api.toString()).isEqualTo(400);
        assertThat(api.json().get("fieldErrors").get(0).get("message").asText()).contains("控制字符");

        String task = fillTask(started).getId();
        for (String variables : List.of("{\"projectName\":{\"value\":\"a\\u0000b\"}}",
                "{\"projectName\":{\"value\":\"{}\",\"type\":\"Json\"}}",
                "{\"projectName\":{\"value\":\"rO0AB\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}",
                "{\"projectName\":null}", "{\"projectName\":{}}")) {
            Answer engine = http.post("limingxiang", "/engine-rest/task/" + task + "/submit-form",
                    "{\"variables\":" + variables + "}");
            assertThat(engine.status()).as(variables + " → " + engine).isBetween(400, 499);
        }
        assertThat(versions.list(started.submissionId())).isEmpty();
    }

    @Test
    void refusalsOfTheEngineRestAreFourHundredsWithAChineseMessage() {
        Started started = testSubmissions.start(7, "limingxiang");
        String task = fillTask(started).getId();
        Answer unknown = http.post("limingxiang", "/engine-rest/task/no-such-task/complete", "{}");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(http.post("limingxiang", "/engine-rest/task/no-such-task/submit-form", "{\"variables\":{}}")
                .status()).isEqualTo(404);

        String nested = "[".repeat(3000) + "]".repeat(3000);
        assertThat(http.post("limingxiang", "/engine-rest/task/" + task + "/submit-form", nested).status())
                .isEqualTo(400);
        Answer nestedApi = http.post("limingxiang", "/api/submissions/" + started.submissionId() + "/submit", nested);
        assertThat(nestedApi.status()).isEqualTo(400);
        assertThat(nestedApi.json().get("error").asText()).isNotBlank();

        // The leader's table is refused by our check: a 400 naming the row, from the webapps' engine API too.
        Answer blankTarget = http.post("limingxiang", "/engine-rest/task/" + task + "/submit-form",
                "{\"variables\":{\"indicators\":{\"value\":\"[{\\\"name\\\":\\\"x\\\",\\\"target\\\":\\\" \\\"}]\",\"type\":\"Json\"}}}");
        assertThat(blankTarget.status()).as(blankTarget.toString()).isEqualTo(400);
        assertThat(blankTarget.json().get("message").asText()).contains("第 1 行绩效指标缺少目标值");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        // No variables at all: the form as prefilled is filed.
        assertThat(http.post("limingxiang", "/engine-rest/task/" + task + "/submit-form", "{\"variables\":null}")
                .status()).isEqualTo(204);
        assertThat(versions.list(started.submissionId())).hasSize(1);
    }

    @Test
    void refusalsOfOurApiAreJsonEvenWhenTomcatRefuses() {
        Answer nul = http.get("luguangwei", "/api/submissions/%00");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("error").asText()).contains("请求无效");
        Answer nulParameter = http.get("luguangwei", "/api/submissions?unitCode=%00&year=2021");
        assertThat(nulParameter.status()).isEqualTo(400);
        assertThat(nulParameter.json().get("error").asText()).contains("控制字符");
        Answer ok = http.get("luguangwei", "/api/submissions?unitCode=020008&year=2021");
        assertThat(ok.header("Cache-Control")).isEqualTo("no-store");
        assertThat(ok.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Answer anonymous = http.get(null, "/api/submissions?unitCode=020008&year=2021");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void wrongPasswordsDelayALoginButNeverLockItForGood() {
        identities.userInGroups("guessed", Groups.unitLeaders("020008"));
        Date now = new Date();
        for (int attempt = 1; attempt <= 30; attempt++) {
            assertThat(http.send("guessed", "wrong", "GET", "/api/submissions?unitCode=020008&year=2021", null)
                    .status()).isEqualTo(401);
            now = new Date(now.getTime() + 61_000);
            ClockUtil.setCurrentTime(now);
        }
        // During a delay the right password waits too; after it, it works: thirty failures locked nothing.
        assertThat(identity.checkPassword("guessed", "wrong")).isFalse();
        assertThat(identity.checkPassword("guessed", TestIdentities.PASSWORD)).isFalse();
        ClockUtil.setCurrentTime(new Date(now.getTime() + 61_000));
        assertThat(http.get("guessed", "/api/submissions?unitCode=020008&year=2021").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorUnlocksADelayedLogin() {
        identities.userInGroups("forgetful", Groups.unitLeaders("020008"));
        for (int attempt = 0; attempt < 3; attempt++) {
            identity.checkPassword("forgetful", "wrong");
        }
        assertThat(identity.checkPassword("forgetful", TestIdentities.PASSWORD)).isFalse();
        assertThat(http.post("sysadmin", "/engine-rest/user/forgetful/unlock", null).status()).isEqualTo(204);
        assertThat(identity.checkPassword("forgetful", TestIdentities.PASSWORD)).isTrue();
    }

    @Test
    void peopleKeepTheNameAndLoginAnAdministratorGaveThem() {
        Answer rename = http.put("luguangwei", "/engine-rest/user/luguangwei/profile",
                "{\"id\":\"luguangwei\",\"firstName\":\"财政局审核员\",\"lastName\":\"\"}");
        assertThat(rename.status()).as(rename.toString()).isEqualTo(403);
        assertThat(http.delete("luguangwei", "/engine-rest/user/luguangwei").status()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId("luguangwei").singleResult().getFirstName()).isEqualTo("卢光伟");

        identities.userInGroups("changer", Groups.unitLeaders("020008"));
        Answer password = http.put("changer", "/engine-rest/user/changer/credentials",
                "{\"password\":\"Neues-Passwort-2026\",\"authenticatedUserPassword\":\"demo\"}");
        assertThat(password.status()).as(password.toString()).isEqualTo(204);
        assertThat(identity.checkPassword("changer", "Neues-Passwort-2026")).isTrue();

        assertThat(http.put("admin", "/engine-rest/user/changer/profile",
                "{\"id\":\"changer\",\"firstName\":\"改名\",\"lastName\":\"\"}").status()).isEqualTo(204);
    }

    @Test
    void onlyAdministratorsReadTheEnginesMetrics() {
        assertThat(http.get("luguangwei", "/engine-rest/metrics/activity-instance-start/sum").status())
                .isEqualTo(403);
        assertThat(http.get("bureau", "/engine-rest/metrics/activity-instance-start/sum").status()).isEqualTo(403);
        assertThat(http.get("admin", "/engine-rest/metrics/activity-instance-start/sum").status()).isEqualTo(200);
    }

    @Test
    void whoLosesARaceIsToldSoWithA409() throws Exception {
        Started started = testSubmissions.start(3, "wangmingji");
        String path = "/api/submissions/" + started.submissionId();
        String table = http.get("wangmingji", path).body();
        assertThat(bothAtOnce(() -> http.post("wangmingji", path + "/submit", table)))
                .containsExactlyInAnyOrder(200, 409);
        assertThat(http.post("wangmingji", path + "/submit", table).status()).as("a replay").isEqualTo(409);
        testSubmissions.executeJob(started.processInstanceId());

        identities.userInGroups("finance2-020008", Groups.unitFinance("020008"));
        List<String> reviewers = List.of("finance-020008", "finance2-020008");
        AtomicInteger next = new AtomicInteger();
        assertThat(bothAtOnce(() -> http.post(reviewers.get(next.getAndIncrement()), path + "/review",
                "{\"decision\":\"APPROVE\"}"))).containsExactlyInAnyOrder(200, 409);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .activityIdIn(ApprovalProcess.BUREAU_REVIEW).count()).isEqualTo(1);

        String bureauTask = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult()
                .getId();
        assertThat(http.post("bureau", "/api/submissions/" + started.submissionId() + "/review",
                "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);
        Answer vanished = http.post("bureau", "/engine-rest/task/" + bureauTask + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}");
        assertThat(vanished.status()).as(vanished.toString()).isEqualTo(404);
    }

    /** Sends two requests at the same moment and answers their statuses. */
    private static List<Integer> bothAtOnce(Supplier<Answer> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> call = () -> {
                start.await();
                return request.get().status();
            };
            List<Future<Integer>> answers = two.invokeAll(List.of(call, call));
            return List.of(answers.get(0).get(), answers.get(1).get());
        } finally {
            two.shutdownNow();
        }
    }

    private Task fillTask(Started started) {
        return tasks.createTaskQuery().processInstanceId(started.processInstanceId())
                .taskDefinitionKey(ApprovalProcess.FILL_TARGETS).singleResult();
    }
}
