package com.perftarget.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.support.Http;
import com.perftarget.support.Http.Answer;
import com.perftarget.support.IntegrationTest;
import com.perftarget.table.TableField;

/**
 * Generated requests with a fixed seed over every {@code /api/**} endpoint and the engine's task endpoints, as
 * every demo role, anonymous and an unknown user: well-formed ones that should pass, and their mutations (wrong
 * types, control characters, over-long and deeply nested values, identity variables, unknown ids, broken JSON).
 * Holds: no answer is a 5xx; every refusal of {@code /api} has the JSON error body; a refused request leaves our
 * tables and the engine's runtime tables exactly as they were (row contents hashed before and after).
 */
@IntegrationTest
class FuzzTest {

    private static final long SEED = 20261127L;
    private static final int CASES = 5000;
    private static final List<String> USERS = List.of("luguangwei", "wangmingji", "limingxiang", "huangfangming",
            "finance-020008", "bureau", "admin");
    private static final List<String> ENGINE_NAMES = List.of("submissionId", "leader", "unitCode", "decision",
            "opinion", "validationPassed", "projectName", "indicators", "overview", "yearAmount", "startDate", "x");
    private static final List<String> ENGINE_TYPES = List.of("String", "Long", "Integer", "Double", "Boolean",
            "Json", "Object", "Date", "Bytes", "Null", "Xml", "Nonsense");
    /** Rows that a refused request must leave untouched (login throttling columns of users excepted). */
    private static final String FINGERPRINT = String.join(" union all ", List.of(
            "submission", "submission_indicator", "submission_version", "review_decision", "validation_run",
            "validation_finding", "version_approval", "act_ru_task", "act_ru_variable", "act_ru_execution",
            "act_ru_job", "act_ru_identitylink", "act_ru_authorization", "act_ru_incident", "act_id_membership",
            "budget_unit", "unit_person")
            .stream().map(table -> "select '" + table + "', count(*), md5(coalesce(string_agg(t::text, '|' order by"
                    + " t::text), '')) from " + table + " t").toList())
            + " union all select 'act_id_user', count(*), md5(coalesce(string_agg(concat_ws(',', id_, first_,"
            + " last_, email_, pwd_), '|' order by id_), '')) from act_id_user";

    @LocalServerPort int port;
    @Autowired SubmissionService submissions;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    private final Random random = new Random(SEED);
    private Http http;

    @Test
    void generatedRequestsNeverFailTheServerAndRefusalsChangeNothing() {
        http = new Http(port);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        String before = fingerprint();
        for (int i = 1; i <= CASES; i++) {
            Request request = generate();
            Answer answer = http.send(request.user(), request.method(), request.path(), request.body());
            String after = fingerprint();
            String at = "#" + i + " " + request + " → " + answer;
            if (answer.status() >= 500) {
                failures.add("5xx " + at);
            } else if (answer.status() >= 400) {
                refused++;
                if (request.path().startsWith("/api") && !hasJsonError(answer)) {
                    failures.add("no JSON error body " + at);
                }
                if (!after.equals(before)) {
                    failures.add("refused but changed the database " + at);
                }
            } else {
                accepted++;
            }
            if (i % 40 == 0) {
                runPendingJobs();
                after = fingerprint();
            }
            before = after;
        }
        System.out.printf("fuzz: %d cases, %d accepted, %d refused, %d failed%n", CASES, accepted, refused,
                failures.size());
        assertThat(failures).as("%d of %d cases failed; first ones", failures.size(), CASES)
                .isEmpty();
        // A fuzz that is refused everywhere, or accepted everywhere, tests little.
        assertThat(accepted).isGreaterThan(CASES / 20);
        assertThat(refused).isGreaterThan(CASES / 4);
    }

    private record Request(String user, String method, String path, String body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
            return user + " " + method + " " + path + " " + shown;
        }
    }

    private Request generate() {
        String user = pick(random.nextInt(12) == 0 ? Arrays.asList(null, "nobody") : USERS);
        return switch (random.nextInt(14)) {
            case 0 -> new Request(user, "GET", "/api/submissions?unitCode=" + pick(List.of("020008", "020009", "",
                    "%00", "x'")) + "&year=" + pick(List.of("2021", "2101", "-1", "x", "99999999999")), null);
            case 1, 2 -> new Request(user, "GET", "/api/submissions/" + submissionIdText() + pick(List.of("",
                    "/history", "/versions", "/versions/" + pick(List.of("1", "2", "0", "-1", "x")),
                    "/diff?from=1&to=" + pick(List.of("1", "2", "x", "")), "/diff", "/xlsx",
                    "/versions/" + pick(List.of("1", "0", "x")) + "/xlsx")), null);
            case 3, 4, 5 -> submit(user);
            case 6, 7 -> review(user);
            case 8 -> new Request(user, "POST", "/api/validation" + pick(List.of("", "?profile=JY2021",
                    "?profile=CZ2021", "?profile=nope", "?year=2023", "?profile=LOCAL&year=1999")),
                    mutate(tableOf(anySubmission())));
            case 9 -> random.nextInt(6) == 0 ? new Request(user, "GET", "/api/rounds/"
                    + pick(List.of("2021", "2022", "x", "-1")) + "/progress"
                    + pick(List.of("", "?format=csv", "?format=xlsx", "?format=pdf", "?format=")), null)
                    : new Request(user, "GET", pick(List.of("/api/validation/units/", "/api/units/"))
                    + pick(List.of("020008", "020009", "%00")) + "/years/" + pick(List.of("2021", "2101", "x"))
                    + pick(List.of("", "/xlsx",
                            "/disclosure?format=" + pick(List.of("docx", "pdf", "xlsx", "html", "")))), null);
            case 10 -> random.nextInt(8) == 0
                    ? new Request(random.nextBoolean() ? "finance-020008" : user, "POST", "/api/submissions/"
                    + submissionIdText() + "/withdraw", JsonNodeFactory.instance.objectNode().set("reason",
                    pickValue(List.of(() -> text("项目取消"), () -> text(""), this::randomValue))).toString())
                    : random.nextInt(4) == 0
                    ? new Request(random.nextBoolean() ? "finance-020008" : user, "POST", "/api/rounds/"
                    + pick(List.of("2023", "2102", "x", "-1")) + "/units/" + pick(List.of("020008", "020009", "%00"))
                    + "/carry-over", pick(List.of("", "{}", "{\"businessKeys\":[\"020008-2021-01\"]}",
                    "{\"businessKeys\":\"x\"}", brokenJson())))
                    : random.nextInt(3) == 0 ? round(user) : registration(user);
            default -> engine(user);
        };
    }

    /** A round for a far year, often with a value spoiled; sent by the bureau half of the time. */
    private Request round(String user) {
        ObjectNode round = JsonNodeFactory.instance.objectNode();
        round.put("year", pick(List.of(2040, 2041, 1999)));
        round.put("profile", pick(List.of("JY2021", "LOCAL", "NOPE")));
        round.putArray("units").add(pick(List.of("020008", "020009", "%00")));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        round.put("unitDeadline", today.plusDays(random.nextInt(40) - 5).toString());
        round.put("bureauDeadline", today.plusDays(random.nextInt(40) - 5).toString());
        if (random.nextBoolean()) {
            round.set(pick(List.of("year", "profile", "units", "unitDeadline", "bureauDeadline")), randomValue());
        }
        return new Request(random.nextBoolean() ? "bureau" : user, "POST", "/api/rounds",
                random.nextInt(15) == 0 ? brokenJson() : round.toString());
    }

    /** A unit with two people, one to three values spoiled; sent by the bureau half of the time. */
    private Request registration(String user) {
        ObjectNode unit = JsonNodeFactory.instance.objectNode();
        String code = "05" + (1000 + random.nextInt(20));
        unit.put("code", code);
        unit.put("name", "模糊测试单位" + code);
        unit.put("profile", pick(List.of("JY2021", "LOCAL", "NOPE")));
        var people = unit.putArray("people");
        people.addObject().put("login", "leader-" + code).put("name", "负责人").put("role", "LEADER");
        people.addObject().put("login", "finance-" + code).put("name", "财务").put("role", "FINANCE")
                .put("phone", "0391-1234567");
        for (int n = random.nextInt(4); n > 0; n--) {
            ObjectNode target = random.nextBoolean() ? unit : (ObjectNode) people.get(random.nextInt(2));
            String field = pick(target == unit ? List.of("code", "name", "parentCode", "profile", "people")
                    : List.of("login", "name", "role", "phone", "password"));
            target.set(field, randomValue());
        }
        return new Request(random.nextBoolean() ? "bureau" : user, "POST", "/api/units",
                random.nextInt(15) == 0 ? brokenJson() : unit.toString());
    }

    private Request submit(String user) {
        Submission target = anySubmission();
        boolean own = random.nextBoolean();
        String body = random.nextInt(3) == 0 ? tableOf(target).toString() : mutate(tableOf(target));
        return new Request(own ? target.getLeaderUserId() : user, "POST",
                "/api/submissions/" + (random.nextInt(10) == 0 ? submissionIdText() : target.getId()) + "/submit",
                body);
    }

    private Request review(String user) {
        Submission target = anySubmission();
        ObjectNode review = JsonNodeFactory.instance.objectNode();
        review.set("decision", pickValue(List.of(() -> text("APPROVE"), () -> text("RETURN"), () -> text("MAYBE"),
                this::randomValue)));
        review.set("opinion", pickValue(List.of(() -> text("请补充依据"), () -> text(""), this::randomValue)));
        String reviewer = random.nextBoolean() ? pick(List.of("finance-020008", "bureau")) : user;
        return new Request(reviewer, "POST", "/api/submissions/" + target.getId() + "/review",
                random.nextInt(15) == 0 ? brokenJson() : review.toString());
    }

    private Request engine(String user) {
        List<Task> open = tasks.createTaskQuery().active().list();
        Task task = open.isEmpty() ? null : open.get(random.nextInt(open.size()));
        String taskId = task == null || random.nextInt(10) == 0 ? pick(List.of("no-such-task", "%00", "1"))
                : task.getId();
        String worker = task != null && task.getAssignee() != null && random.nextBoolean() ? task.getAssignee() : user;
        String base = "/engine-rest/task/" + taskId;
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        for (int n = random.nextInt(4); n > 0; n--) {
            ObjectNode variable = variables.putObject(pick(ENGINE_NAMES));
            variable.set("value", randomValue());
            if (random.nextBoolean()) {
                variable.put("type", pick(ENGINE_TYPES));
            }
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("variables", random.nextInt(8) == 0 ? randomValue() : variables);
        return switch (random.nextInt(9)) {
            case 0 -> new Request(worker, "POST", base + "/complete", body.toString());
            case 1 -> new Request(worker, "POST", base + "/submit-form", body.toString());
            case 2 -> new Request(worker, "POST", base + "/resolve", body.toString());
            case 3 -> new Request(worker, "POST", base + "/claim", "{\"userId\":\"" + worker + "\"}");
            case 4 -> new Request(worker, "PUT", base + "/variables/" + pick(ENGINE_NAMES),
                    variables.isEmpty() ? "{\"value\":1}" : variables.elements().next().toString());
            case 5 -> new Request(worker, "POST", base + "/variables", "{\"modifications\":" + variables + "}");
            case 6 -> new Request(worker, "DELETE", base + "/variables/" + pick(ENGINE_NAMES), null);
            case 7 -> new Request(worker, "POST", base + "/bpmnError", "{\"errorCode\":\"x\"}");
            default -> new Request(worker, "POST", base + "/submit-form", brokenJson());
        };
    }

    /** A valid table with one to three fields spoiled. */
    private String mutate(ObjectNode table) {
        if (random.nextInt(12) == 0) {
            return brokenJson();
        }
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int which = random.nextInt(TableField.values().length + 2);
            if (which < TableField.values().length) {
                table.set(TableField.values()[which].key(), randomValue());
            } else if (which == TableField.values().length) {
                table.set("indicators", randomValue());
            } else if (table.get("indicators") instanceof ArrayNode rows && !rows.isEmpty()
                    && rows.get(random.nextInt(rows.size())) instanceof ObjectNode row) {
                row.set(pick(List.of("level1", "level2", "name", "target")), randomValue());
            }
        }
        return table.toString();
    }

    private JsonNode randomValue() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(14)) {
            case 0 -> f.nullNode();
            case 1 -> f.numberNode(random.nextInt(2) == 0 ? random.nextInt() : random.nextDouble() * 1e15);
            case 2 -> f.booleanNode(random.nextBoolean());
            case 3 -> f.arrayNode().add(randomString(8)).add(f.objectNode());
            case 4 -> f.objectNode().put("a", randomString(5));
            case 5 -> f.textNode("字".repeat(3990 + random.nextInt(20)));
            case 6 -> f.textNode("x".repeat(4001 + random.nextInt(5000)));
            case 7 -> f.textNode(pick(List.of("1,000", "1,0", "2021-02-30", "-5", "1e3", "２０２１-01-01", "≥95%",
                    "# 标题 [链接](http://x) <b>粗</b>")));
            case 8 -> f.textNode(randomString(1 + random.nextInt(40)));
            case 9 -> f.textNode(randomString(3) + "\u0000" + randomString(3));
            case 10 -> {
                JsonNode nested = f.textNode("深");
                for (int depth = 0; depth < 200; depth++) {
                    nested = f.arrayNode().add(nested);
                }
                yield nested;
            }
            default -> f.textNode(pick(List.of("APPROVE", "RETURN", "2021-01-01", "100.5", "产出目标", "")));
        };
    }

    private String randomString(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(5);
            text.appendCodePoint(switch (kind) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x4e00 + random.nextInt(0x5000);
                case 2 -> 0x1f600 + random.nextInt(0x50);
                case 3 -> 0xd800 + random.nextInt(0x800) < 0xdc00 ? 0xff01 + random.nextInt(0x5e) : 0x3000;
                default -> 0x20 + random.nextInt(0x5f);
            });
        }
        return text.toString();
    }

    private String brokenJson() {
        return pick(List.of("{", "[]", "null", "\"x\"", "{\"projectName\":}", "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001), "\u0000", "{\"indicators\":[1,2,3]}"));
    }

    private ObjectNode tableOf(Submission submission) {
        return json.valueToTree(submissions.details(submission.getId()).table());
    }

    private Submission anySubmission() {
        List<Submission> all = submissions.list("020008", 2021);
        return all.get(random.nextInt(all.size()));
    }

    private String submissionIdText() {
        return pick(List.of(String.valueOf(anySubmission().getId()), "0", "-1", "999999", "x",
                "99999999999999999999", "1.5", "%00", "%20"));
    }

    private JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private JsonNode pickValue(List<Supplier<JsonNode>> choices) {
        return pick(choices).get();
    }

    private static boolean hasJsonError(Answer answer) {
        try {
            return answer.json().hasNonNull("error");
        } catch (AssertionError notJson) {
            return false;
        }
    }

    private void runPendingJobs() {
        for (Job job : management.createJobQuery().executable().list()) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException failedValidation) {
                // A job that fails is left to its retries, as the job executor would.
            }
        }
    }

    private String fingerprint() {
        return jdbc.query(FINGERPRINT, rows -> {
            StringBuilder all = new StringBuilder();
            while (rows.next()) {
                all.append(rows.getString(1)).append(':').append(rows.getLong(2)).append(':')
                        .append(rows.getString(3)).append(';');
            }
            return all.toString();
        });
    }
}
