package com.perftarget.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;
import com.perftarget.support.Http;
import com.perftarget.support.Http.Answer;
import com.perftarget.support.IntegrationTest;
import com.perftarget.support.TestSubmissions;
import com.perftarget.support.TestSubmissions.Started;
import com.perftarget.version.VersionService;

/**
 * No length of history breaks a table: 100 return cycles, each with a 2,000-character opinion full of Markdown,
 * and the table still reviews and approves normally; no text the forms show outgrows an engine String variable.
 */
@IntegrationTest
class LongHistoryTest {

    private static final int CYCLES = 100;

    @LocalServerPort int port;
    @Autowired TestSubmissions testSubmissions;
    @Autowired SubmissionService submissions;
    @Autowired VersionService versions;
    @Autowired TaskService tasks;
    @Autowired FormService forms;

    @Test
    void aHundredReturnsWithLongOpinionsStillReviewAndApprove() {
        Http http = new Http(port);
        Started started = testSubmissions.start(3, "wangmingji");
        String path = "/api/submissions/" + started.submissionId();
        String opinion = ("请补充测算依据*[说明](http://x)#" + "意见".repeat(20) + "\n").repeat(100).substring(0, 2000);
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            fileAndValidate(http, started, path);
            Answer returned = http.post("finance-020008", path + "/review",
                    "{\"decision\":\"RETURN\",\"opinion\":" + quoted(opinion) + "}");
            assertThat(returned.status()).as("cycle " + cycle + ": " + returned).isEqualTo(200);
        }
        assertFormTextsFitTheEngine(started);
        Task fill = task(started);
        assertThat((String) forms.getTaskFormVariables(fill.getId()).get("reviewHistory")).contains("更早的", "条从略");
        assertThat((String) forms.getTaskFormVariables(fill.getId()).get("returnNotice")).contains("第 " + CYCLES + " 版");

        fileAndValidate(http, started, path);
        assertFormTextsFitTheEngine(started);
        assertThat(http.post("finance-020008", path + "/review", "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);
        assertFormTextsFitTheEngine(started);
        assertThat(http.post("bureau", path + "/review", "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);
        assertThat(submissions.get(started.submissionId()).getStatus()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(versions.approval(started.submissionId()).orElseThrow().getVersionNo()).isEqualTo(CYCLES + 1);
    }

    private void fileAndValidate(Http http, Started started, String path) {
        Answer filed = http.post("wangmingji", path + "/submit", http.get("wangmingji", path).body());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        testSubmissions.executeJob(started.processInstanceId());
    }

    private void assertFormTextsFitTheEngine(Started started) {
        Task task = task(started);
        forms.getTaskFormVariables(task.getId()).forEach((name, value) -> {
            if (value instanceof String text) {
                assertThat(text.length()).as(task.getTaskDefinitionKey() + "." + name).isLessThanOrEqualTo(4000);
            }
        });
    }

    private Task task(Started started) {
        return tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
