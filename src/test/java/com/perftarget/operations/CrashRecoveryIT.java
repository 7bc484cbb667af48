package com.perftarget.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import com.perftarget.operations.Demo.Outcome;
import com.perftarget.operations.Demo.Result;
import com.perftarget.operations.Demo.Table;

/**
 * A node killed with SIGKILL in the middle of a burst of filings and reviews, with 自动校验 jobs in flight, started
 * again on the same PostgreSQL: every acknowledged request's effect is there exactly once, a refused request left
 * nothing, every instance waits at a task or at a job that will run, our status agrees with the engine, and the jobs
 * the dead node had locked are taken over once their lock expires (20 s, application.yml).
 */
class CrashRecoveryIT {

    @Test
    void aKilledNodeLosesNoAcknowledgedEffectDoublesNoneAndItsJobsAreTakenOver() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
            List<Table> tables;
            int lockedAtKill;
            try (AppNode first = AppNode.start("node-a", url); Demo.Database db = new Demo.Database(url)) {
                first.awaitReady();
                tables = Demo.tables(first);
                // Before the burst: half the tables filed and validated, so that some wait for 单位财务.
                for (Table table : tables.subList(0, 8)) {
                    outcomes.add(Demo.submit(first, table));
                }
                await().atMost(Duration.ofMinutes(1)).until(() -> db.count("select count(*) from act_ru_job") == 0);
                List<Long> atReview = db.rows("select id from submission where stage = 'unitFinanceReview'").stream()
                        .map(row -> ((Number) row.get("id")).longValue()).toList();
                assertThat(atReview).isNotEmpty();

                // Validations of the burst's filings block in the node's job threads (their jobs locked by it) …
                try (Connection blocker = blockValidationRuns(url)) {
                    ExecutorService clients = Executors.newFixedThreadPool(6);
                    CountDownLatch acknowledged = new CountDownLatch(6);
                    for (Table table : tables.subList(8, tables.size())) {
                        clients.submit(() -> record(outcomes, Demo.submit(first, table), acknowledged));
                    }
                    for (long id : atReview) {
                        clients.submit(() -> record(outcomes, Demo.approve(first, id, Demo.UNIT_FINANCE), acknowledged));
                    }
                    // … and the node dies with requests in flight.
                    assertThat(acknowledged.await(2, TimeUnit.MINUTES)).isTrue();
                    first.kill();
                    clients.shutdown();
                    assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
                    lockedAtKill = (int) db.count("select count(*) from act_ru_job where lock_owner_ is not null");
                    blocker.rollback();
                }
            }

            try (AppNode second = AppNode.start("node-a2", url); Demo.Database db = new Demo.Database(url)) {
                Duration start = second.awaitReady();
                assertThat(second.answersWhileStarting()).as("a valid login while starting").isSubsetOf(503, 200);
                Instant ready = Instant.now();
                await().atMost(Duration.ofMinutes(1)).until(() -> db.count("select count(*) from act_ru_job") == 0);
                Duration takeover = Duration.between(ready, Instant.now());
                System.out.printf("crash: %d requests (%d acknowledged, %d refused, %d unknown), %d jobs locked by the "
                                + "dead node, all jobs done %d s after the restarted node was ready (start %d s)%n",
                        outcomes.size(), count(outcomes, Result.ACKNOWLEDGED), count(outcomes, Result.REFUSED),
                        count(outcomes, Result.UNKNOWN), lockedAtKill, takeover.toSeconds(), start.toSeconds());
                assertThat(lockedAtKill).as("validation jobs in flight when the node died").isPositive();
                assertThat(takeover).isLessThan(Duration.ofSeconds(45));
                assertEffectsExactlyOnce(db, outcomes);
                assertEveryInstanceWaitsAndAgreesWithUs(db);
            }
        }
    }

    /** Holds a lock that lets validation runs be read but not written until rolled back. */
    private static Connection blockValidationRuns(String url) throws SQLException {
        Connection connection = Demo.Database.connect(url);
        connection.setAutoCommit(false);
        try (Statement lock = connection.createStatement()) {
            lock.execute("lock table validation_run in exclusive mode");
        }
        return connection;
    }

    private static void record(List<Outcome> outcomes, Outcome outcome, CountDownLatch acknowledged) {
        outcomes.add(outcome);
        if (outcome.result() == Result.ACKNOWLEDGED) {
            acknowledged.countDown();
        }
    }

    static void assertEffectsExactlyOnce(Demo.Database db, List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            long effects = outcome.kind().equals("submit")
                    ? db.count("select count(*) from submission_version where submission_id = ?", outcome.submissionId())
                    : db.count("select count(*) from review_decision where submission_id = ?", outcome.submissionId());
            switch (outcome.result()) {
                case ACKNOWLEDGED -> assertThat(effects).as(outcome.toString()).isEqualTo(1);
                case REFUSED -> assertThat(effects).as(outcome.toString()).isZero();
                case UNKNOWN -> assertThat(effects).as(outcome.toString()).isLessThanOrEqualTo(1);
            }
        }
    }

    static void assertEveryInstanceWaitsAndAgreesWithUs(Demo.Database db) {
        List<Map<String, Object>> submissions = db.rows("select s.id, s.stage, s.business_key, "
                + "(select t.task_def_key_ from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_ "
                + "  where e.business_key_ = s.business_key) as task, "
                + "(select count(*) from act_ru_job j join act_ru_execution e on j.process_instance_id_ = e.proc_inst_id_ "
                + "  where e.business_key_ = s.business_key and e.parent_id_ is null and j.retries_ > 0) as jobs "
                + "from submission s");
        assertThat(submissions).hasSize(16).allSatisfy(row -> {
            String stage = (String) row.get("stage");
            if (row.get("task") != null) {
                assertThat(stage).as(row.toString()).isEqualTo(row.get("task"));
            } else {
                assertThat(stage).as(row.toString()).isIn("validateTargets", "approved");
                if ("validateTargets".equals(stage)) {
                    assertThat(((Number) row.get("jobs")).longValue()).as(row.toString()).isPositive();
                }
            }
        });
    }

    private static long count(List<Outcome> outcomes, Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }
}
