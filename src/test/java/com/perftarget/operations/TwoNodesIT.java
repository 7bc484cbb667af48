package com.perftarget.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 * Two identical nodes on one PostgreSQL — Camunda's own scale-out — started at the same moment on an empty database:
 * both come up; requests spread over both; the same review sent to both at once is done once (200 for one, 409 for
 * the other); both job executors run 自动校验 jobs, and no version is validated twice.
 */
class TwoNodesIT {

    @Test
    void twoNodesStartedTogetherOnAnEmptyDatabaseShareTheWorkExactlyOnce() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             Demo.Database db = new Demo.Database(postgres.getJdbcUrl("postgres", "postgres"))) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (AppNode a = AppNode.start("node-a", url); AppNode b = AppNode.start("node-b", url)) {
                CompletableFuture<Duration> aReady = CompletableFuture.supplyAsync(a::awaitReady);
                CompletableFuture<Duration> bReady = CompletableFuture.supplyAsync(b::awaitReady);
                Duration aStart = aReady.get(4, TimeUnit.MINUTES);
                Duration bStart = bReady.get(4, TimeUnit.MINUTES);
                assertThat(a.isAlive() && b.isAlive()).isTrue();
                // Before a node was ready, a valid login got 503 "starting", never a wrong-password 401.
                assertThat(a.answersWhileStarting()).isSubsetOf(503, 200);
                assertThat(b.answersWhileStarting()).isSubsetOf(503, 200);
                assertThat(a.answersWhileStarting().contains(503) || b.answersWhileStarting().contains(503))
                        .as("the later node answered 503 while it waited for the earlier one's start-up work").isTrue();
                assertThat(db.count("select count(*) from submission")).as("demo data loaded once").isEqualTo(16);
                assertThat(db.count("select count(*) from act_re_procdef where key_ = 'performanceTargetApproval'"))
                        .as("the process deployed once").isEqualTo(1);

                // Filings spread over both nodes, at once.
                List<Table> tables = Demo.tables(a);
                List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
                ExecutorService clients = Executors.newFixedThreadPool(8);
                for (int i = 0; i < tables.size(); i++) {
                    AppNode node = i % 2 == 0 ? a : b;
                    Table table = tables.get(i);
                    clients.submit(() -> outcomes.add(Demo.submit(node, table)));
                }
                clients.shutdown();
                assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
                assertThat(outcomes).hasSize(16).allMatch(o -> o.result() == Result.ACKNOWLEDGED);
                await().atMost(Duration.ofMinutes(1)).until(() -> db.count("select count(*) from act_ru_job") == 0);

                // The same review, sent to both nodes at the same moment.
                long contested = ((Number) db.rows("select id from submission where stage = 'unitFinanceReview' "
                        + "order by id limit 1").get(0).get("id")).longValue();
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<Outcome> viaA = CompletableFuture.supplyAsync(() -> approveAfter(go, a, contested));
                CompletableFuture<Outcome> viaB = CompletableFuture.supplyAsync(() -> approveAfter(go, b, contested));
                go.countDown();
                List<Integer> statuses = List.of(viaA.get(1, TimeUnit.MINUTES).status(),
                        viaB.get(1, TimeUnit.MINUTES).status());
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
                assertThat(db.count("select count(*) from review_decision where submission_id = ?", contested))
                        .isEqualTo(1);

                List<Object> executors = db.rows("select distinct hostname_ from act_hi_job_log "
                        + "where job_def_type_ = 'async-continuation' and job_state_ = 2 order by hostname_").stream()
                        .map(row -> row.get("hostname_")).toList();
                long twice = db.count("select count(*) from (select submission_id, version_no from validation_run "
                        + "group by submission_id, version_no having count(*) > 1) doubled");
                long jobsRunTwice = db.count("select count(*) from (select job_id_ from act_hi_job_log "
                        + "where job_state_ = 2 group by job_id_ having count(*) > 1) doubled");
                System.out.printf("two nodes: started together in %d s and %d s; 16 filings (%d via each), %d "
                                + "validations, executed by %s; contested review answered %s; answers while starting %s "
                        + "and %s%n", aStart.toSeconds(), bStart.toSeconds(), 8, db.count("select count(*) from validation_run"), executors, statuses,
                        a.answersWhileStarting(), b.answersWhileStarting());
                assertThat(executors).containsExactlyInAnyOrder("node-a", "node-b");
                assertThat(twice).as("versions validated twice").isZero();
                assertThat(jobsRunTwice).as("jobs run to success twice").isZero();
                CrashRecoveryIT.assertEveryInstanceWaitsAndAgreesWithUs(db);
            }
        }
    }

    private static Outcome approveAfter(CountDownLatch go, AppNode node, long submissionId) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Demo.approve(node, submissionId, Demo.UNIT_FINANCE);
    }
}
