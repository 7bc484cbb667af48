package com.perftarget.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.perftarget.submission.FundKind;
import com.perftarget.support.Drafts;
import com.perftarget.support.Rules;
import com.perftarget.support.SeedTables;
import com.perftarget.table.Indicator;
import com.perftarget.table.TableDraft;

/**
 * A plain benchmark harness (not a test): the latency of validating one table of 20 indicator rows, and of the unit
 * check of 1000 tables, each call timed on its own after a warm-up. Run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.perftarget.validation.ValidationBenchmark}
 */
public final class ValidationBenchmark {

    private static final int WARM_UP = 50_000;
    private static final int MEASURED = 200_000;
    private static final int UNIT_CHECKS = 2_000;

    private ValidationBenchmark() {
    }

    public static void main(String[] args) {
        TableValidator validator = new TableValidator(Rules.tables());
        TableDraft table = twentyRows();
        System.out.printf("table: %d indicator rows; findings: %d%n", table.indicators().size(),
                validator.validate(table, "JY2021", 2021).size());
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += validator.validate(table, "JY2021", 2021).size();
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            sink += validator.validate(table, "JY2021", 2021).size();
            nanos[i] = System.nanoTime() - start;
        }
        report("validate one table of 20 rows", nanos);

        List<UnitCrossCheck.ProjectAmount> projects = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            projects.add(new UnitCrossCheck.ProjectAmount("项目" + i, i % 8 == 0 ? FundKind.GENERAL : FundKind.SPECIAL,
                    new BigDecimal("12.34")));
        }
        UnitCrossCheck.Budget budget = new UnitCrossCheck.Budget(new BigDecimal("12340.00"),
                new BigDecimal("1542.50"), new BigDecimal("10797.50"));
        for (int i = 0; i < UNIT_CHECKS; i++) {
            sink += UnitCrossCheck.check(projects, budget).size();
        }
        long[] unit = new long[UNIT_CHECKS];
        for (int i = 0; i < UNIT_CHECKS; i++) {
            long start = System.nanoTime();
            sink += UnitCrossCheck.check(projects, budget).size();
            unit[i] = System.nanoTime() - start;
        }
        report("unit check of 1000 tables", unit);
        System.out.println("(checksum " + sink + ")");
    }

    private static TableDraft twentyRows() {
        TableDraft seed = TableDraft.of(SeedTables.parse().get(12).table());
        List<Indicator> rows = new ArrayList<>(seed.indicators());
        rows.add(new Indicator("产出目标", "成本", "成本控制率", "≤98%"));
        rows.add(new Indicator("产出目标", "数量", "新增摄像头数量", "≥1.2万个"));
        rows.add(new Indicator("效果目标", "社会效益", "交通事故下降率", "≥5%"));
        rows.add(new Indicator("影响力目标", "信息共享", "数据共享及时性", "及时"));
        return Drafts.withRows(seed, rows.subList(0, 20));
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: n=%d  p50=%.1f µs  p99=%.1f µs  p99.9=%.1f µs  max=%.1f µs%n", what, sorted.length,
                sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3,
                sorted[(int) (sorted.length * 0.999)] / 1e3, sorted[sorted.length - 1] / 1e3);
    }
}
