package com.perftarget.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.perftarget.submission.FundKind;
import com.perftarget.support.Drafts;
import com.perftarget.support.Rules;
import com.perftarget.support.SeedTables;
import com.perftarget.table.Indicator;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableDraftChecker;

/**
 * JMH benchmark (not a test) of validating one table of 20 indicator rows — under its family, and with the family
 * detected from the labels — side by side with its baseline in the same run: the input check alone, which every
 * validation starts with. Sample-time mode reports p50/p99 per call. Run (see the README):
 * {@code ./mvnw -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java
 * -Dexec.args="-cp %classpath org.openjdk.jmh.Main ValidationBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

    private final TableValidator validator = new TableValidator(Rules.tables());
    private final TableDraftChecker checker = new TableDraftChecker();
    private final TableDraft twentyRows = twentyRows();
    private final List<UnitCrossCheck.ProjectAmount> thousandProjects = thousandProjects();
    private final UnitCrossCheck.Budget budget = new UnitCrossCheck.Budget(new BigDecimal("12340.00"),
            new BigDecimal("1542.50"), new BigDecimal("10797.50"));

    @Benchmark
    public Object baselineInputCheckOfTwentyRows() {
        return checker.inspect(twentyRows, twentyRows.unitCode());
    }

    @Benchmark
    public Object validateTwentyRowsUnderTheirFamily() {
        return validator.check(twentyRows, "JY2021", 2021);
    }

    @Benchmark
    public Object validateTwentyRowsDetectingTheFamily() {
        return validator.check(twentyRows, null, 2021);
    }

    @Benchmark
    public Object unitCheckOfAThousandProjects() {
        return UnitCrossCheck.check(thousandProjects, budget);
    }

    private static TableDraft twentyRows() {
        TableDraft seed = TableDraft.of(SeedTables.parse().get(12).table());
        List<Indicator> rows = new ArrayList<>(seed.indicators());
        rows.add(new Indicator("产出目标", "成本", "成本控制率", "≤98%"));
        rows.add(new Indicator("产出目标", "数量", "新增摄像头数量", "≥1.2万个"));
        rows.add(new Indicator("效果目标", "社会效益", "交通事故下降率", "≥5%"));
        rows.add(new Indicator("影响力目标", "信息共享", "数据共享及时性", "稳步提高"));
        rows.add(new Indicator("产出目标", "时效", "设备到位时间", "2021年12月底前"));
        return Drafts.withRows(seed, rows.subList(0, 20));
    }

    private static List<UnitCrossCheck.ProjectAmount> thousandProjects() {
        List<UnitCrossCheck.ProjectAmount> projects = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            projects.add(new UnitCrossCheck.ProjectAmount("项目" + i, i % 8 == 0 ? FundKind.GENERAL : FundKind.SPECIAL,
                    new BigDecimal("12.34")));
        }
        return projects;
    }
}
