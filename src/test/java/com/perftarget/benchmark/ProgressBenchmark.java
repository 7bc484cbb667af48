package com.perftarget.benchmark;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.perftarget.progress.ProgressService;
import com.perftarget.progress.UnitProgress;

/**
 * The bureau's progress view of a budget year with 500 units of 20 projects each (10,000 submissions, the issue's
 * city), on the durable PostgreSQL of {@link RoundTripBenchmark}, beside its baseline in the same run: one SQL query
 * that merely counts and sums the year's submissions per unit. Prints p50/p95 of each and their ratio.
 *
 * <pre>./mvnw -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath com.perftarget.benchmark.ProgressBenchmark"</pre>
 */
public final class ProgressBenchmark {

    private static final int YEAR = 2031;
    private static final int UNITS = 500;
    private static final int PROJECTS = 20;
    private static final int WARM_UP = 30;
    private static final int CALLS = 200;
    private static final List<String> STAGES = List.of("fillTargets", "validateTargets", "unitFinanceReview",
            "bureauReview", "approved");
    private static final List<String> STATUSES = List.of("DRAFT", "IN_REVIEW", "IN_REVIEW", "IN_REVIEW", "APPROVED");

    private ProgressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = RoundTripBenchmark.durablePostgres();
             ConfigurableApplicationContext app = RoundTripBenchmark.start(postgres)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            fill(jdbc);
            ProgressService progress = app.getBean(ProgressService.class);
            List<UnitProgress> units = progress.of(YEAR);
            System.out.printf(Locale.ROOT, "%d units, %d submissions in %d%n", units.size(),
                    units.stream().mapToLong(UnitProgress::projects).sum(), YEAR);
            Supplier<Object> baseline = () -> jdbc.queryForList("select unit_code, count(*), sum(year_amount) "
                    + "from submission where budget_year = ? group by unit_code", YEAR);
            Supplier<Object> ours = () -> progress.of(YEAR);
            // Interleaved, so that both see the same machine.
            long[][] times = Timings.interleaved(List.of(baseline, ours), WARM_UP, CALLS);
            Timings.print("baseline: count and sum per unit (1 query)", times[0]);
            Timings.print("progress: status, stage, sums, cross-check", times[1]);
            System.out.printf(Locale.ROOT, "ratio ours/baseline at p95: %.1f%n",
                    Timings.percentile(times[1], 95) / (double) Timings.percentile(times[0], 95));
        }
    }

    private static void fill(JdbcTemplate jdbc) {
        List<Object[]> units = new ArrayList<>();
        List<Object[]> budgets = new ArrayList<>();
        List<Object[]> submissions = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int u = 0; u < UNITS; u++) {
            String code = String.format("9%05d", u);
            units.add(new Object[] {code, "基准单位" + u});
            BigDecimal total = BigDecimal.ZERO;
            for (int p = 1; p <= PROJECTS; p++) {
                int step = (u + p) % STAGES.size();
                BigDecimal amount = BigDecimal.valueOf(10 + p);
                total = total.add(amount);
                submissions.add(new Object[] {code, YEAR, p, String.format("%s-%d-%02d", code, YEAR, p),
                        "bench-leader", STATUSES.get(step), STAGES.get(step), "项目" + p,
                        p % 4 == 0 ? "GENERAL" : "SPECIAL", amount, amount, now});
            }
            // Half the units agree with their budget, half do not.
            budgets.add(new Object[] {code, YEAR, "JY2021", u % 2 == 0 ? total : total.add(BigDecimal.ONE),
                    BigDecimal.ZERO, total});
        }
        jdbc.batchUpdate("insert into budget_unit (code, name) values (?, ?)", units);
        jdbc.batchUpdate("insert into unit_budget (unit_code, budget_year, profile, project_expenditure, "
                + "general_projects, special_funds) values (?, ?, ?, ?, ?, ?)", budgets);
        jdbc.batchUpdate("insert into submission (unit_code, budget_year, sequence_no, business_key, leader_user_id,"
                + " status, stage, project_name, fund_kind, total_amount, year_amount, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", submissions);
        jdbc.execute("analyze");
    }
}
