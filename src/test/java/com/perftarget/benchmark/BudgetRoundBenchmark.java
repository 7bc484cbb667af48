package com.perftarget.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.perftarget.access.Groups;
import com.perftarget.onboarding.OnboardingService;
import com.perftarget.onboarding.UnitRegistration;
import com.perftarget.process.round.RoundStarter;
import com.perftarget.progress.ProgressService;
import com.perftarget.round.NewRound;
import com.perftarget.round.RoundCalendar;
import com.perftarget.submission.FundKind;
import com.perftarget.submission.SubmissionService;
import com.perftarget.support.Drafts;
import com.perftarget.support.TestSubmissions;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;

/**
 * A city's budget year on the durable PostgreSQL of {@link RoundTripBenchmark}: 500 units of 20 projects, last
 * year's projects carried over into a round (10,000 approvals called from 500 unit processes), each figure beside its
 * baseline in the same run:
 * <ul>
 * <li>opening the round (500 unit processes, one transaction) beside starting 500 bare one-task processes;</li>
 * <li>each unit's carry-over into the round beside the same carry-over into a year without a round (standalone
 * approvals), interleaved unit by unit;</li>
 * <li>the Tasklist filters (我的待办, 待认领（本组）) of a leader, a 单位财务 and the bureau with 20,000 open tasks, as
 * Tasklist asks them (a page of 15 and the count, authorization checked), beside the same task queries
 * unauthenticated;</li>
 * <li>the year's progress beside a bare count-and-sum query.</li>
 * </ul>
 *
 * <pre>./mvnw -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath com.perftarget.benchmark.BudgetRoundBenchmark"</pre>
 */
public final class BudgetRoundBenchmark {

    private static final int UNITS = Integer.getInteger("bench.units", 500);
    private static final int PROJECTS = Integer.getInteger("bench.projects", 20);
    /** Carried into a year without a round (the baseline) and into the round's year. */
    private static final int PLAIN_YEAR = 2042;
    private static final int ROUND_YEAR = 2044;
    private static final int WARM_UP = 20;
    private static final int CALLS = 200;
    private static final String BARE = "bareUnitTask";

    private final ConfigurableApplicationContext app;
    private final ProcessEngine engine;

    private BudgetRoundBenchmark(ConfigurableApplicationContext app) {
        this.app = app;
        this.engine = app.getBean(ProcessEngine.class);
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = RoundTripBenchmark.durablePostgres();
             ConfigurableApplicationContext app = RoundTripBenchmark.start(postgres)) {
            new BudgetRoundBenchmark(app).run();
        }
    }

    private void run() {
        long started = System.nanoTime();
        prepare();
        System.out.printf(Locale.ROOT, "set-up: %d units, %d people, %d projects in each of %d and %d (%.0f s)%n",
                UNITS, 2 * UNITS + 1, UNITS * PROJECTS, PLAIN_YEAR - 1, ROUND_YEAR - 1,
                (System.nanoTime() - started) / 1e9);

        List<String> codes = units();
        TransactionTemplate transaction = app.getBean(TransactionTemplate.class);
        RuntimeService runtime = engine.getRuntimeService();
        long bare = time(() -> transaction.executeWithoutResult(status -> codes.forEach(
                code -> runtime.startProcessInstanceByKey(BARE, code))));
        LocalDate deadline = RoundCalendar.today().plusDays(30);
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication("bench-bureau", List.of(Groups.FINANCE_BUREAU));
        long round = time(() -> app.getBean(RoundStarter.class).open(new NewRound(ROUND_YEAR, "JY2021", codes,
                deadline.toString(), deadline.plusDays(20).toString())));
        identity.clearAuthentication();
        System.out.printf(Locale.ROOT, "%-52s %8.1f s%n", "baseline: " + UNITS + " bare one-task processes, one tx",
                bare / 1e9);
        System.out.printf(Locale.ROOT, "%-52s %8.1f s   ratio %.1f%n", "open the round: " + UNITS
                + " unit processes, one tx", round / 1e9, round / (double) bare);

        OnboardingService onboarding = app.getBean(OnboardingService.class);
        long[] plain = new long[codes.size()];
        long[] ours = new long[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            plain[i] = time(() -> onboarding.carryOver(code, PLAIN_YEAR, List.of()));
            ours[i] = time(() -> onboarding.carryOver(code, ROUND_YEAR, List.of()));
        }
        Timings.print("baseline: carry-over of a unit, no round (" + PROJECTS + ")", plain);
        Timings.print("carry-over of a unit into the round (" + PROJECTS + ")", ours);
        System.out.printf(Locale.ROOT, "%-52s %8.1f s vs %.1f s, ratio at p95 %.1f%n",
                "all " + UNITS * PROJECTS + ": no round vs the round", sum(plain) / 1e9, sum(ours) / 1e9,
                Timings.percentile(ours, 95) / (double) Timings.percentile(plain, 95));

        long open = engine.getTaskService().createTaskQuery().count();
        System.out.printf(Locale.ROOT, "open tasks: %d%n", open);
        filters(codes.get(0));

        ProgressService progress = app.getBean(ProgressService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        jdbc.execute("analyze");
        long[][] times = Timings.interleaved(List.of(
                () -> jdbc.queryForList("select unit_code, count(*), sum(year_amount) from submission "
                        + "where budget_year = ? group by unit_code", ROUND_YEAR),
                () -> progress.of(ROUND_YEAR)), WARM_UP, CALLS);
        Timings.print("baseline: count and sum per unit (1 query)", times[0]);
        Timings.print("progress of the round's " + UNITS + " units", times[1]);
    }

    /** 500 units with a leader and a 单位财务 each, and their projects of the two years before. */
    private void prepare() {
        OnboardingService onboarding = app.getBean(OnboardingService.class);
        onboarding.ensureBureauAndAdministrators();
        onboarding.ensureBureauReviewer("bench-bureau", "基准财政审核", "bench");
        SubmissionService submissions = app.getBean(SubmissionService.class);
        TransactionTemplate transaction = app.getBean(TransactionTemplate.class);
        TargetTable seed = TestSubmissions.seedTable(1);
        for (String code : units()) {
            onboarding.register(new UnitRegistration(code, "基准单位" + code, null, "JY2021", List.of(
                    new UnitRegistration.Person(leader(code), "负责人" + code, "LEADER", null, "bench-pass"),
                    new UnitRegistration.Person("fin-" + code, "财务" + code, "FINANCE", null, "bench-pass"))));
            transaction.executeWithoutResult(status -> {
                for (int year : List.of(PLAIN_YEAR - 1, ROUND_YEAR - 1)) {
                    for (int p = 1; p <= PROJECTS; p++) {
                        TableDraft draft = Drafts.withField(Drafts.withField(TableDraft.of(seed),
                                TableField.UNIT_CODE, code), TableField.PROJECT_NAME, "基准项目" + p);
                        draft = Drafts.withDates(draft, year + "-01-01", year + "-12-31");
                        submissions.open(code, year, p, leader(code), p % 4 == 0 ? FundKind.GENERAL
                                : FundKind.SPECIAL, Drafts.table(draft));
                    }
                }
            });
        }
        BpmnModelInstance bare = Bpmn.createExecutableProcess(BARE).name("基准：单任务流程")
                .camundaHistoryTimeToLive(3650).startEvent().userTask("bareTask").name("基准任务")
                .camundaCandidateGroups("${execution.processBusinessKey}").endEvent().done();
        engine.getRepositoryService().createDeployment().name("bare unit task")
                .addModelInstance("bare-unit-task.bpmn", bare).deploy();
    }

    /** The three people's filters, as Tasklist asks them, beside the same queries unauthenticated. */
    private void filters(String unit) {
        FilterService filters = engine.getFilterService();
        TaskService tasks = engine.getTaskService();
        IdentityService identity = engine.getIdentityService();
        Filter mine = filters.createFilterQuery().filterName("我的待办").singleResult();
        Filter group = filters.createFilterQuery().filterName("待认领（本组）").singleResult();
        record Case(String label, String user, Filter filter, Supplier<Object> bare) {
        }
        List<Case> cases = List.of(
                new Case("leader, 我的待办", leader(unit), mine,
                        () -> tasks.createTaskQuery().taskAssignee(leader(unit)).listPage(0, 15)),
                new Case("单位财务, 待认领（本组）", "fin-" + unit, group,
                        () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(Groups.unitFinance(unit)))
                                .taskUnassigned().listPage(0, 15)),
                new Case("bureau, 待认领（本组）", "bench-bureau", group,
                        () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(Groups.FINANCE_BUREAU))
                                .taskUnassigned().listPage(0, 15)));
        for (Case c : cases) {
            List<String> groups = identity.createGroupQuery().groupMember(c.user()).list().stream()
                    .map(Group::getId).toList();
            Supplier<Object> asTasklist = () -> {
                identity.setAuthentication(c.user(), groups);
                try {
                    return List.of(filters.listPage(c.filter().getId(), 0, 15), filters.count(c.filter().getId()));
                } finally {
                    identity.clearAuthentication();
                }
            };
            Supplier<Object> bare = () -> List.of(c.bare().get(), 0);
            long[][] times = Timings.interleaved(List.of(bare, asTasklist), WARM_UP, CALLS);
            Timings.print("baseline: " + c.label() + ", bare query", times[0]);
            Timings.print(c.label() + ", filter page + count", times[1]);
        }
    }

    private List<String> units() {
        List<String> codes = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            codes.add(String.format("8%05d", u));
        }
        return codes;
    }

    private static String leader(String code) {
        return "lead-" + code;
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static long sum(long[] nanos) {
        return Arrays.stream(nanos).sum();
    }
}
