package com.perftarget.benchmark;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import com.perftarget.PerformanceTargetApprovalApplication;
import com.perftarget.access.Groups;
import com.perftarget.onboarding.ApprovalLauncher;
import com.perftarget.onboarding.OnboardingService;
import com.perftarget.process.FormContract;
import com.perftarget.process.ProcessForms;
import com.perftarget.process.approval.ApprovalProcess;
import com.perftarget.process.approval.FormVariables;
import com.perftarget.seed.SeedTable;
import com.perftarget.submission.FundKind;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.support.SeedTables;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;
import com.perftarget.unit.UnitPerson.Role;
import com.perftarget.validation.Severity;
import com.perftarget.validation.ValidationService;

/**
 * Our round trip (start → 填报 → asynchronous 自动校验 → 单位财务 approves → 财政局 approves → end) against a bare BPMN
 * process of the same shape (a no-op delegate, two small variables per completion), side by side in one JVM, one
 * engine and one durable PostgreSQL (fsync and synchronous_commit on), interleaved. Both run as the same people,
 * authenticated with their groups, through the same guarded engine services, and open each task's form variables
 * before completing it, as Tasklist does.
 *
 * <pre>./mvnw -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath com.perftarget.benchmark.RoundTripBenchmark"</pre>
 *
 * System properties: {@code bench.clients} (default {@code 1,4,8}), {@code bench.seconds} per run (15),
 * {@code bench.warmUpSeconds} for each shape in a warm-up round (20; rounds at the most clients measured, both
 * shapes, until the JIT has settled: a round in which compiling took under 2 % of its time, at most 15 rounds),
 * {@code bench.repetitions} (3), {@code bench.growth} ({@code true}: afterwards the unit-year gets 10,000 projects
 * and the database 100,000 versions, and 4 clients are measured again), {@code bench.walByTable} ({@code true}: after
 * each run, the tables and indexes its WAL went to, per round trip, read with pg_walinspect), {@code bench.statements}
 * ({@code true}: after each run, its most frequent SQL statements per round trip, from pg_stat_statements).
 */
public final class RoundTripBenchmark {

    static final String UNIT = "020008";
    static final int YEAR = 2021;
    static final String LEADER = "bench-leader";
    static final String FINANCE = "bench-finance";
    static final String BUREAU = "bench-bureau";
    static final String BARE_PROCESS = "bareRoundTrip";

    private static final int MAX_WARM_UP_ROUNDS = 15;
    private static final double SETTLED_JIT_SHARE = 0.02;
    private static final AtomicLong COMMITS = new AtomicLong();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ConfigurableApplicationContext app;
    private final DataSource dataSource;
    private final ProcessEngine engine;
    private final TargetTable table;

    private RoundTripBenchmark(ConfigurableApplicationContext app) {
        this.app = app;
        this.dataSource = app.getBean(DataSource.class);
        this.engine = app.getBean(ProcessEngine.class);
        this.table = passingSeedTable(app.getBean(ValidationService.class));
    }

    public static void main(String[] args) throws Exception {
        int[] clients = Arrays.stream(System.getProperty("bench.clients", "1,4,8").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.getInteger("bench.seconds", 15);
        int repetitions = Integer.getInteger("bench.repetitions", 3);
        try (EmbeddedPostgres postgres = durablePostgres();
             ConfigurableApplicationContext app = start(postgres)) {
            RoundTripBenchmark bench = new RoundTripBenchmark(app);
            bench.prepare();
            System.out.printf(Locale.ROOT, "durable PostgreSQL: fsync=%s synchronous_commit=%s; %d s per run, %d "
                    + "repetitions, interleaved%n", bench.setting("fsync"), bench.setting("synchronous_commit"),
                    seconds, repetitions);
            bench.warmUp(Arrays.stream(clients).max().orElse(4), Integer.getInteger("bench.warmUpSeconds", 20));
            List<Point> points = new ArrayList<>();
            for (int n : clients) {
                points.add(bench.measure(n, seconds, repetitions));
            }
            Point.printHeader();
            points.forEach(Point::print);
            points.forEach(Point::printRatios);
            if (Boolean.getBoolean("bench.growth")) {
                bench.grow(10_000, 100_000);
                Point grown = bench.measure(4, seconds, repetitions);
                System.out.println("after growth (10,000 projects in the unit-year, 100,000 more versions):");
                Point.printHeader();
                grown.print();
                grown.printRatios();
            }
        }
        System.exit(0);
    }

    static EmbeddedPostgres durablePostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start();
    }

    static ConfigurableApplicationContext start(EmbeddedPostgres postgres) {
        // Command-line arguments: they win over application.yml (default properties would not).
        return new SpringApplicationBuilder(PerformanceTargetApprovalApplication.class, BenchmarkConfiguration.class)
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--perftarget.demo.enabled=false",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
    }

    /** The people both processes run as, and the bare model. */
    private void prepare() {
        OnboardingService onboarding = app.getBean(OnboardingService.class);
        onboarding.ensureBureauAndAdministrators();
        onboarding.ensureUnit(UNIT, "济源市公安局交通管理支队");
        onboarding.ensurePerson(UNIT, LEADER, "基准负责人", Role.LEADER, "bench");
        onboarding.ensurePerson(UNIT, FINANCE, "基准单位财务", Role.FINANCE, "bench");
        onboarding.ensureBureauReviewer(BUREAU, "基准财政审核", "bench");
        engine.getRepositoryService().createDeployment().name("bare round trip")
                .addModelInstance("bare-round-trip.bpmn", bareModel()).deploy();
    }

    static BpmnModelInstance bareModel() {
        return Bpmn.createExecutableProcess(BARE_PROCESS).name("基准：同形空流程").camundaHistoryTimeToLive(3650)
                .startEvent()
                .userTask("fill").camundaAssignee(LEADER)
                .serviceTask("validate").camundaAsyncBefore().camundaClass(NoOpDelegate.class.getName())
                .userTask("unitReview").camundaCandidateGroups(Groups.unitFinance(UNIT))
                .userTask("bureauReview").camundaCandidateGroups(Groups.FINANCE_BUREAU)
                .endEvent()
                .done();
    }

    /** The first of the seed's tables that passes validation, so that every round trip goes straight through. */
    private static TargetTable passingSeedTable(ValidationService validation) {
        for (SeedTable seed : SeedTables.parse()) {
            TableDraft draft = TableDraft.of(seed.table());
            if (validation.validate(draft, null, YEAR).findings().stream()
                    .noneMatch(finding -> finding.severity() == Severity.ERROR)) {
                return seed.table();
            }
        }
        throw new IllegalStateException("no seed table passes validation");
    }

    /**
     * Both shapes, round after round, until the JIT has compiled their paths: ours has more code to compile than the
     * bare one, and compiling during a measured run would be charged to its round trips. Settled is a round in which
     * the JIT's compilers worked under 2 % of the round's time.
     */
    private void warmUp(int clients, int seconds) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int round = 1; round <= MAX_WARM_UP_ROUNDS; round++) {
            long compilingBefore = jit.getTotalCompilationTime();
            long started = System.nanoTime();
            for (Shape shape : Shape.values()) {
                run(shape, clients, seconds, false);
            }
            double share = (jit.getTotalCompilationTime() - compilingBefore) / ((System.nanoTime() - started) / 1e6);
            System.out.printf(Locale.ROOT, "warm-up round %d (%d clients): the JIT compiled %.1f %% of the time%n",
                    round, clients, share * 100);
            if (share < SETTLED_JIT_SHARE) {
                return;
            }
        }
    }

    private Point measure(int clients, int seconds, int repetitions) throws Exception {
        Point point = new Point(clients);
        for (int rep = 0; rep < repetitions; rep++) {
            // Interleaved, and alternating who goes first, so that a drift of the machine hits both alike.
            List<Shape> order = rep % 2 == 0 ? List.of(Shape.BARE, Shape.OURS) : List.of(Shape.OURS, Shape.BARE);
            for (Shape shape : order) {
                point.add(shape, run(shape, clients, seconds, true));
            }
        }
        return point;
    }

    /**
     * {@code clients} threads doing round trips for {@code seconds}; what each cost the database. A measured run
     * prints where its WAL and statements went when asked; a warm-up run never does.
     */
    private Run run(Shape shape, int clients, int seconds, boolean measured) throws Exception {
        execute("checkpoint");
        String lsnBefore = queryText("select pg_current_wal_lsn()::text");
        if (Boolean.getBoolean("bench.statements")) {
            execute("create extension if not exists pg_stat_statements");
            queryText("select pg_stat_statements_reset()::text");
        }
        long walBefore = walPosition();
        long sizeBefore = databaseSize();
        long commitsBefore = COMMITS.get();
        long jvmCpuBefore = CpuTime.jvm();
        long compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long postgresCpuBefore = CpuTime.postgres();
        Run run = new Run();
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        roundTrip(shape, run);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        run.seconds = (System.nanoTime() - started) / 1e9;
        run.walBytes = walPosition() - walBefore;
        run.growthBytes = databaseSize() - sizeBefore;
        run.commits = COMMITS.get() - commitsBefore;
        run.jvmCpuNanos = CpuTime.jvm() - jvmCpuBefore;
        run.compilingMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingBefore;
        run.postgresCpuNanos = CpuTime.postgres() - postgresCpuBefore;
        if (measured && Boolean.getBoolean("bench.walByTable")) {
            printWalByTable(shape, clients, lsnBefore, run.roundTrips.get());
        }
        if (measured && Boolean.getBoolean("bench.statements")) {
            printStatements(shape, clients, run.roundTrips.get());
        }
        return run;
    }

    private void roundTrip(Shape shape, Run run) {
        String instance = shape == Shape.OURS ? startOurs() : startBare();
        String[] steps = shape == Shape.OURS
                ? new String[] {ApprovalProcess.FILL_TARGETS, ApprovalProcess.UNIT_FINANCE_REVIEW,
                        ApprovalProcess.BUREAU_REVIEW}
                : new String[] {"fill", "unitReview", "bureauReview"};
        Task fill = awaitTask(instance, steps[0]);
        run.fill.add(complete(LEADER, fill, false, shape == Shape.OURS ? filledTable() : decided("已填报")));
        Task unitReview = awaitTask(instance, steps[1]);
        run.review.add(complete(FINANCE, unitReview, true, decided("同意")));
        Task bureauReview = awaitTask(instance, steps[2]);
        run.review.add(complete(BUREAU, bureauReview, true, decided("同意")));
        run.roundTrips.incrementAndGet();
    }

    /** As the onboarding opens a project: the submission with its table, then its approval. */
    private String startOurs() {
        return new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).execute(status -> {
            Submission opened = app.getBean(SubmissionService.class).open(UNIT, YEAR, SEQUENCE.incrementAndGet(),
                    LEADER, FundKind.SPECIAL, table);
            return app.getBean(ApprovalLauncher.class).start(opened);
        });
    }

    private String startBare() {
        RuntimeService runtime = engine.getRuntimeService();
        return runtime.startProcessInstanceByKey(BARE_PROCESS, "bare-" + SEQUENCE.incrementAndGet()).getId();
    }

    /** What Tasklist sends for the 填报 form; every project's goal its own, as the duplicate check expects. */
    private VariableMap filledTable() {
        VariableMap variables = FormVariables.of(table);
        variables.putValue(TableField.ANNUAL_GOAL.key(), table.annualGoal() + "（第 " + SEQUENCE.get() + " 批）");
        return variables;
    }

    /** The bare shape's two small variables per completion, and our review form's two fields. */
    private static VariableMap decided(String opinion) {
        return Variables.createVariables().putValue("decision", "APPROVE").putValue("opinion", opinion);
    }

    /** As the person: claim if it is a group task, read the form's variables, submit the form; the submit's time. */
    private long complete(String user, Task task, boolean claim, VariableMap variables) {
        IdentityService identity = engine.getIdentityService();
        TaskService tasks = engine.getTaskService();
        FormService forms = engine.getFormService();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            if (claim) {
                tasks.claim(task.getId(), user);
            }
            forms.getTaskFormVariables(task.getId());
            long started = System.nanoTime();
            forms.submitTaskForm(task.getId(), variables);
            return System.nanoTime() - started;
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * The instance's task at {@code step}, once the engine has committed it (after the job executor's 自动校验 for a
     * review). Announced by the engine itself ({@link CreatedTasks}) rather than polled: a client polling the
     * database every few milliseconds would spend the shared two cores in proportion to how long it waits, which is
     * the harness's cost, not the round trip's.
     */
    private Task awaitTask(String instance, String step) {
        String taskId;
        try {
            taskId = CreatedTasks.await(instance, step, Duration.ofSeconds(60));
        } catch (TimeoutException e) {
            throw new IllegalStateException("instance " + instance + " did not reach " + step + " within 60 s", e);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    }

    /** Adds {@code projects} projects to the unit-year and {@code versions} filed versions (10 per project). */
    private void grow(int projects, int versions) throws SQLException {
        int perProject = versions / projects;
        String content = "{\"projectName\":\"存量项目\",\"indicators\":[]}";
        execute("insert into submission (unit_code, budget_year, sequence_no, business_key, leader_user_id, status, "
                + "stage, project_name, fund_kind, annual_goal, updated_at) "
                + "select '" + UNIT + "', " + YEAR + ", 100000 + g, '" + UNIT + "-" + YEAR + "-' || (100000 + g), '"
                + LEADER + "', 'APPROVED', 'APPROVED', '存量项目 ' || g, 'SPECIAL', '存量项目的年度目标 ' || g, now() "
                + "from generate_series(1, " + projects + ") g");
        execute("insert into submission_version (submission_id, version_no, content, content_sha256, author, "
                + "created_at) select s.id, v, '" + content + "', repeat('0', 64), '" + LEADER + "', now() "
                + "from submission s cross join generate_series(1, " + perProject + ") v "
                + "where s.sequence_no > 100000");
        execute("vacuum analyze");
    }

    private void printWalByTable(Shape shape, int clients, String from, int roundTrips) throws SQLException {
        execute("create extension if not exists pg_walinspect");
        System.out.printf(Locale.ROOT, "WAL by table, %s, %d clients (bytes per round trip, records per round trip):%n",
                shape, clients);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select coalesce(c.relname, w.rel, w.rmgr) as rel, "
                     + "sum(w.len) as bytes, count(*) as records from (select resource_manager as rmgr, "
                     + "record_length as len, substring(block_ref from 'rel \\d+/\\d+/(\\d+)') as rel "
                     + "from pg_get_wal_records_info(?::pg_lsn, pg_current_wal_lsn())) w "
                     + "left join pg_class c on c.relfilenode::text = w.rel group by 1 order by 2 desc limit 25")) {
            query.setString(1, from);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    System.out.printf(Locale.ROOT, "  %-40s %8.0f %6.1f%n", rows.getString(1),
                            rows.getDouble(2) / roundTrips, rows.getDouble(3) / roundTrips);
                }
            }
        }
    }

    private void printStatements(Shape shape, int clients, int roundTrips) throws SQLException {
        System.out.printf(Locale.ROOT, "SQL statements, %s, %d clients (calls and ms per round trip, the most time "
                + "first; a select's columns left out, a long one's middle too):%n", shape, clients);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select sum(calls), sum(total_exec_time) from pg_stat_statements")) {
            rows.next();
            System.out.printf(Locale.ROOT, "  all: %.1f calls, %.2f ms%n", rows.getDouble(1) / roundTrips,
                    rows.getDouble(2) / roundTrips);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select calls, total_exec_time, case when length(q) <= 200 "
                     + "then q else left(q, 130) || ' … ' || right(q, 70) end from (select calls, total_exec_time, "
                     + "regexp_replace(regexp_replace(query, '\\s+', ' ', 'g'), '^select .*? from ', "
                     + "'select … from ', 'i') as q from pg_stat_statements) s order by total_exec_time desc limit 60")) {
            while (rows.next()) {
                System.out.printf(Locale.ROOT, "  %6.2f %6.3f %s%n", rows.getDouble(1) / roundTrips,
                        rows.getDouble(2) / roundTrips, rows.getString(3));
            }
        }
    }

    private String queryText(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long walPosition() throws SQLException {
        return queryLong("select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint");
    }

    private long databaseSize() throws SQLException {
        return queryLong("select pg_database_size(current_database())");
    }

    private String setting(String name) throws SQLException {
        return queryText("show " + name);
    }

    private long queryLong(String sql) throws SQLException {
        return Long.parseLong(queryText(sql));
    }

    enum Shape { BARE, OURS }

    /** One run of one shape. */
    static final class Run {
        final AtomicInteger roundTrips = new AtomicInteger();
        final List<Long> fill = Collections.synchronizedList(new ArrayList<>());
        final List<Long> review = Collections.synchronizedList(new ArrayList<>());
        double seconds;
        long walBytes;
        long growthBytes;
        long commits;
        long jvmCpuNanos;
        long compilingMillis;
        long postgresCpuNanos;

        double perSecond() {
            return roundTrips.get() / seconds;
        }

        /** The share of the run's time the JIT's compilers worked: near 0 once warmed up. */
        double compilingShare() {
            return compilingMillis / (seconds * 1000);
        }

        double perRoundTrip(long total) {
            return (double) total / roundTrips.get();
        }
    }

    /** The runs of both shapes at one number of clients; medians over the repetitions. */
    static final class Point {
        final int clients;
        final List<Run> bare = new ArrayList<>();
        final List<Run> ours = new ArrayList<>();

        Point(int clients) {
            this.clients = clients;
        }

        void add(Shape shape, Run run) {
            (shape == Shape.BARE ? bare : ours).add(run);
        }

        static void printHeader() {
            System.out.println("| clients | bare rt/s | ours rt/s | ours ÷ bare | fill p50/p95 ms bare | ours "
                    + "| review p50/p95 ms bare | ours | commits/rt bare / ours | WAL KB/rt bare / ours "
                    + "| DB growth KB/rt bare / ours | CPU ms/rt JVM bare / ours | CPU ms/rt PostgreSQL bare / ours "
                    + "| JIT % bare / ours |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        }

        void print() {
            double bareRate = median(bare, Run::perSecond);
            double oursRate = median(ours, Run::perSecond);
            System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %.2f | %s | %s | %s | %s | %.1f / %.1f | %.0f / %.0f "
                            + "| %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |%n", clients, bareRate, oursRate, oursRate / bareRate,
                    percentiles(bare, true), percentiles(ours, true), percentiles(bare, false), percentiles(ours, false),
                    median(bare, r -> r.perRoundTrip(r.commits)), median(ours, r -> r.perRoundTrip(r.commits)),
                    median(bare, r -> r.perRoundTrip(r.walBytes) / 1024), median(ours, r -> r.perRoundTrip(r.walBytes) / 1024),
                    median(bare, r -> r.perRoundTrip(r.growthBytes) / 1024),
                    median(ours, r -> r.perRoundTrip(r.growthBytes) / 1024),
                    median(bare, r -> r.perRoundTrip(r.jvmCpuNanos) / 1e6), median(ours, r -> r.perRoundTrip(r.jvmCpuNanos) / 1e6),
                    median(bare, r -> r.perRoundTrip(r.postgresCpuNanos) / 1e6),
                    median(ours, r -> r.perRoundTrip(r.postgresCpuNanos) / 1e6),
                    median(bare, Run::compilingShare) * 100, median(ours, Run::compilingShare) * 100);
        }

        /** Each repetition's ratio, its two runs side by side: how far one launch's figures spread. */
        void printRatios() {
            System.out.printf(Locale.ROOT, "%d clients, ours ÷ bare in each repetition: %s%n", clients,
                    IntStream.range(0, Math.min(bare.size(), ours.size()))
                            .mapToObj(i -> String.format(Locale.ROOT, "%.2f", ours.get(i).perSecond()
                                    / bare.get(i).perSecond()))
                            .collect(Collectors.joining(", ")));
        }

        private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
            double[] values = runs.stream().mapToDouble(value).sorted().toArray();
            return values[values.length / 2];
        }

        /** p50/p95 over all repetitions' completions. */
        private static String percentiles(List<Run> runs, boolean fill) {
            long[] all = runs.stream().flatMap(r -> (fill ? r.fill : r.review).stream()).mapToLong(Long::longValue)
                    .sorted().toArray();
            return String.format(Locale.ROOT, "%.1f / %.1f", all[all.length / 2] / 1e6,
                    all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.95) - 1)] / 1e6);
        }
    }

    /** The bare process's 自动校验: nothing. */
    public static class NoOpDelegate implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // deliberately empty: the bare shape measures the engine alone
        }
    }

    /**
     * Every user task of every model announces itself once its transaction has committed, so that a client can wait
     * for it without polling. A create listener added at parse time; the announcement is a future per instance and
     * step, taken by the one client waiting for it.
     */
    static final class CreatedTasks extends AbstractProcessEnginePlugin {

        private static final Map<String, CompletableFuture<String>> CREATED = new ConcurrentHashMap<>();

        static String await(String instance, String step, Duration timeout)
                throws InterruptedException, ExecutionException, TimeoutException {
            String key = instance + "/" + step;
            try {
                return CREATED.computeIfAbsent(key, k -> new CompletableFuture<>())
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                CREATED.remove(key);
            }
        }

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            TaskListener announce = task -> {
                String key = task.getProcessInstanceId() + "/" + task.getTaskDefinitionKey();
                String taskId = task.getId();
                Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                        committed -> CREATED.computeIfAbsent(key, k -> new CompletableFuture<>()).complete(taskId));
            };
            List<BpmnParseListener> listeners = new ArrayList<>(Optional.ofNullable(
                    configuration.getCustomPostBPMNParseListeners()).orElse(List.of()));
            listeners.add(new AbstractBpmnParseListener() {
                @Override
                public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addTaskListener(TaskListener.EVENTNAME_CREATE, announce);
                }
            });
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
    }

    /** Commits counted where Spring commits them (engine and JPA share the transaction), and the bare model's forms. */
    @Configuration(proxyBeanMethods = false)
    static class BenchmarkConfiguration {

        @Bean
        CreatedTasks createdTasks() {
            return new CreatedTasks();
        }

        @Bean
        TransactionExecutionListener commitCounter() {
            return new TransactionExecutionListener() {
                @Override
                public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
                    if (commitFailure == null) {
                        COMMITS.incrementAndGet();
                    }
                }
            };
        }

        @Bean
        ProcessForms bareForms() {
            // Kept: the bare process stores its two small variables per completion, as a plain Camunda process does.
            FormContract form = FormContract.of(List.of(
                    FormContract.Field.kept("decision", "结论", FormContract.Kind.TEXT),
                    FormContract.Field.kept("opinion", "意见", FormContract.Kind.TEXT)));
            return new ProcessForms() {
                @Override
                public String processKey() {
                    return BARE_PROCESS;
                }

                @Override
                public Map<String, FormContract> formsByTask() {
                    return Map.of("fill", form, "unitReview", form, "bureauReview", form);
                }
            };
        }
    }
}
