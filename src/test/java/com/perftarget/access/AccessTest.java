package com.perftarget.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.perftarget.process.approval.ApprovalProcess;
import com.perftarget.submission.SubmissionService;
import com.perftarget.support.IntegrationTest;
import com.perftarget.support.TestIdentities;
import com.perftarget.support.TestSubmissions;
import com.perftarget.support.TestSubmissions.Started;

/**
 * Who may see and do what, role by role, through our API and the engine's: every demo role, anonymous, and the
 * leader and finance of a second unit 020009 that this test creates.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTest {

    private static final String ANONYMOUS = null;
    private static final String OTHER_LEADER = "leader-020009";
    private static final String OTHER_FINANCE = "finance-020009";
    private static final List<String> EVERYONE = List.of("luguangwei", "wangmingji", "limingxiang", "huangfangming",
            "finance-020008", "bureau", "admin", OTHER_LEADER, OTHER_FINANCE);

    @Autowired TestRestTemplate http;
    @Autowired TestIdentities identities;
    @Autowired TestSubmissions testSubmissions;
    @Autowired SubmissionService submissions;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    private long first;
    private String firstTask;
    private String firstInstance;

    @BeforeAll
    void createASecondUnit() {
        identities.createUnit("020009", OTHER_LEADER, OTHER_FINANCE);
        first = submissions.findByBusinessKey("020008-2021-01").orElseThrow().getId();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey("020008-2021-01").singleResult();
        firstTask = task.getId();
        firstInstance = task.getProcessInstanceId();
    }

    @Test
    void readingATableOfOurApi() {
        Map<String, HttpStatus> expected = Map.of("luguangwei", HttpStatus.OK, "wangmingji", HttpStatus.FORBIDDEN,
                "limingxiang", HttpStatus.FORBIDDEN, "huangfangming", HttpStatus.FORBIDDEN,
                "finance-020008", HttpStatus.OK, "bureau", HttpStatus.OK, "admin", HttpStatus.OK,
                OTHER_LEADER, HttpStatus.FORBIDDEN, OTHER_FINANCE, HttpStatus.FORBIDDEN);
        for (String path : List.of("", "/versions", "/history")) {
            expected.forEach((user, status) -> assertThat(get(user, "/api/submissions/" + first + path).getStatusCode())
                    .as(user + " GET " + path).isEqualTo(status));
            assertThat(get(ANONYMOUS, "/api/submissions/" + first + path).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void listingAUnitShowsEachOnlyWhatTheyMaySee() throws Exception {
        Map<String, Integer> rows = Map.of("luguangwei", 6, "wangmingji", 5, "limingxiang", 3, "huangfangming", 2,
                "finance-020008", 16, "bureau", 16, "admin", 16);
        rows.forEach((user, count) -> assertThat(list(user)).as(user).hasSize(count));
        assertThat(list("luguangwei").findValuesAsText("leader")).containsOnly("卢光伟");
        for (String outsider : List.of(OTHER_LEADER, OTHER_FINANCE)) {
            assertThat(get(outsider, "/api/submissions?unitCode=020008&year=2021").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(get(ANONYMOUS, "/api/submissions?unitCode=020008&year=2021").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void onlyTheLeaderFilesAndOnlyTheirUnitsFinanceAndTheBureauReview() throws Exception {
        Started started = testSubmissions.start(3, "wangmingji");
        String table = get("bureau", "/api/submissions/" + started.submissionId()).getBody();
        for (String user : List.of("luguangwei", "finance-020008", "bureau", "admin", OTHER_LEADER, OTHER_FINANCE)) {
            assertThat(post(user, "/api/submissions/" + started.submissionId() + "/submit", table).getStatusCode())
                    .as(user + " files").isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(post(ANONYMOUS, "/api/submissions/" + started.submissionId() + "/submit", table).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("wangmingji", "/api/submissions/" + started.submissionId() + "/submit", table)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        testSubmissions.executeJob(started.processInstanceId());

        String approve = "{\"decision\":\"APPROVE\"}";
        String review = "/api/submissions/" + started.submissionId() + "/review";
        for (String user : List.of("wangmingji", "luguangwei", OTHER_LEADER, OTHER_FINANCE)) {
            assertThat(post(user, review, approve).getStatusCode()).as(user + " reviews").isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(post("bureau", review, approve).getStatusCode()).as("not the bureau's turn")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("finance-020008", review, approve).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theEnginesRestApiRequiresAuthenticationAndAuthorizes() throws Exception {
        assertThat(get(ANONYMOUS, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // A wrong password and an unknown user look alike (on a user of its own: a wrong password delays its logins).
        identities.userInGroups("mistyped", Groups.unitLeaders("020008"));
        ResponseEntity<String> wrongPassword = http.withBasicAuth("mistyped", "wrong")
                .getForEntity("/engine-rest/task", String.class);
        ResponseEntity<String> unknownUser = get("nobody", "/engine-rest/task");
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknownUser.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongPassword.getBody()).isEqualTo(unknownUser.getBody());
        assertThat(wrongPassword.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .isEqualTo(unknownUser.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE));

        assertThat(json.readTree(get("luguangwei", "/engine-rest/task").getBody()).findValuesAsText("assignee"))
                .hasSize(6).containsOnly("luguangwei");
        assertThat(json.readTree(get("wangmingji", "/engine-rest/task").getBody()).findValuesAsText("assignee"))
                .hasSize(5).containsOnly("wangmingji");
        assertThat(json.readTree(get(OTHER_FINANCE, "/engine-rest/task").getBody())).isEmpty();

        assertThat(get("luguangwei", "/engine-rest/task/" + firstTask).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String user : List.of("wangmingji", OTHER_LEADER, OTHER_FINANCE)) {
            assertThat(get(user, "/engine-rest/task/" + firstTask).getStatusCode().is4xxClientError()).as(user).isTrue();
            assertThat(post(user, "/engine-rest/task/" + firstTask + "/complete", "{}").getStatusCode())
                    .as(user + " completes another's task").isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post(user, "/engine-rest/task/" + firstTask + "/submit-form", "{\"variables\":{}}")
                    .getStatusCode()).as(user + " submits another's form").isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(tasks.createTaskQuery().taskId(firstTask).count()).isEqualTo(1);

        for (String user : List.of("luguangwei", "finance-020008", "bureau", "admin")) {
            assertThat(get(user, "/engine-rest/process-instance/" + firstInstance).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.OK);
        }
        for (String user : List.of("wangmingji", OTHER_LEADER, OTHER_FINANCE)) {
            assertThat(get(user, "/engine-rest/process-instance/" + firstInstance).getStatusCode().is4xxClientError())
                    .as(user).isTrue();
            assertThat(json.readTree(get(user, "/engine-rest/process-instance?businessKey=020008-2021-01").getBody()))
                    .as(user).isEmpty();
        }
    }

    @Test
    void anAssigneeWorksOnATaskButCannotHandItOnOrWidenWhoSeesIt() {
        assertThat(post("luguangwei", "/engine-rest/task/" + firstTask + "/assignee", "{\"userId\":\"wangmingji\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("luguangwei", "/engine-rest/task/" + firstTask + "/identity-links",
                "{\"groupId\":\"unit-020009-finance\",\"type\":\"candidate\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(firstTask).taskAssignee("luguangwei").count()).isEqualTo(1);
        assertThat(tasks.getIdentityLinksForTask(firstTask)).noneMatch(link -> "unit-020009-finance".equals(link.getGroupId()));
    }

    @Test
    void anotherUnitCannotClaimOrCompleteAReview() throws Exception {
        Started started = testSubmissions.start(6, "limingxiang");
        post("limingxiang", "/api/submissions/" + started.submissionId() + "/submit",
                get("bureau", "/api/submissions/" + started.submissionId()).getBody());
        testSubmissions.executeJob(started.processInstanceId());
        String review = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult().getId();

        assertThat(post(OTHER_FINANCE, "/engine-rest/task/" + review + "/claim", "{\"userId\":\"finance-020009\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("bureau", "/engine-rest/task/" + review + "/claim", "{\"userId\":\"bureau\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("finance-020008", "/engine-rest/task/" + review + "/claim",
                "{\"userId\":\"finance-020008\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        // Once claimed, nobody else completes it, not even through the engine's REST API.
        identities.userInGroups("finance2-020008", Groups.unitFinance("020008"));
        ResponseEntity<String> other = post("finance2-020008", "/engine-rest/task/" + review + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}");
        assertThat(other.getStatusCode().isError()).isTrue();
        assertThat(other.getBody()).contains("由 finance-020008 办理");
        assertThat(tasks.createTaskQuery().taskId(review).count()).isEqualTo(1);
    }

    @Test
    void fourEyesWhoFiledCannotApproveAtUnitLevelAndTheBureauReviewerIsNotOfTheUnit() throws Exception {
        identities.userInGroups("dual-020008", Groups.unitLeaders("020008"),
                Groups.unitFinance("020008"));
        Started own = testSubmissions.start(7, "dual-020008");
        assertThat(post("dual-020008", "/api/submissions/" + own.submissionId() + "/submit",
                get("bureau", "/api/submissions/" + own.submissionId()).getBody()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        testSubmissions.executeJob(own.processInstanceId());
        ResponseEntity<String> selfReview = post("dual-020008", "/api/submissions/" + own.submissionId() + "/review",
                "{\"decision\":\"APPROVE\"}");
        assertThat(selfReview.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(selfReview.getBody()).get("error").asText()).contains("四眼原则", "第 1 版");
        assertThat(post("finance-020008", "/api/submissions/" + own.submissionId() + "/review",
                "{\"decision\":\"APPROVE\"}").getStatusCode()).isEqualTo(HttpStatus.OK);

        identities.userInGroups("bureau-020008", Groups.FINANCE_BUREAU,
                Groups.unitLeaders("020008"));
        ResponseEntity<String> insider = post("bureau-020008", "/api/submissions/" + own.submissionId() + "/review",
                "{\"decision\":\"APPROVE\"}");
        assertThat(insider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(insider.getBody()).get("error").asText()).contains("四眼原则", "提交单位");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(own.processInstanceId())
                .activityIdIn(ApprovalProcess.BUREAU_REVIEW).count()).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsOpenCockpitAndAdmin() {
        for (String app : List.of("cockpit", "admin")) {
            assertThat(webappLogin("admin", app)).as("admin " + app).isEqualTo(HttpStatus.OK);
            for (String user : List.of("luguangwei", "finance-020008", "bureau")) {
                assertThat(webappLogin(user, app)).as(user + " " + app).isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(webappLogin("luguangwei", "tasklist")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void passwordsAreStoredHashed() {
        for (String user : EVERYONE) {
            String stored = jdbc.queryForObject("select pwd_ from act_id_user where id_ = ?", String.class, user);
            assertThat(stored).as(user).isNotEqualTo("demo").startsWith("{SHA-512}");
        }
    }

    /** Logs in to a webapp as the browser does: a session and its CSRF token first, then the form. */
    private HttpStatus webappLogin(String user, String app) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/", String.class);
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).toList();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", token);
        headers.set(HttpHeaders.COOKIE, String.join("; ", cookies));
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", "demo");
        return HttpStatus.valueOf(http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), String.class).getStatusCode().value());
    }

    @Test
    void theWebappsKeepTheirCsrfProtection() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "admin");
        form.add("password", "demo");
        ResponseEntity<String> noToken = http.postForEntity("/camunda/api/admin/auth/user/default/login/cockpit",
                new HttpEntity<>(form, headers), String.class);
        assertThat(noToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(noToken.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
    }

    private JsonNode list(String user) {
        try {
            return json.readTree(get(user, "/api/submissions?unitCode=020008&year=2021").getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseEntity<String> get(String user, String path) {
        return client(user).exchange(path, HttpMethod.GET, null, String.class);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client(user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private TestRestTemplate client(String user) {
        return user == null ? http : http.withBasicAuth(user, TestIdentities.PASSWORD);
    }
}
