package com.perftarget.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

import com.perftarget.process.approval.ApprovalStarter;
import com.perftarget.seed.SeedTable;
import com.perftarget.submission.FundKind;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;

/**
 * Fresh submissions for tests that change state: a copy of a seed table of unit 020008 in a budget year of its
 * own (2101, 2102, …, its period moved there too), so that the seed's 2021 demo data stays as filed.
 */
@TestComponent
public class TestSubmissions {

    public static final String UNIT = "020008";
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2101);
    private static final List<SeedTable> SEED = SeedTables.parse();

    private final SubmissionService submissions;
    private final ApprovalStarter approvals;
    private final ManagementService management;
    private final TransactionTemplate transaction;
    private final RuntimeService runtime;

    public TestSubmissions(SubmissionService submissions, ApprovalStarter approvals, ManagementService management,
                           TransactionTemplate transaction, RuntimeService runtime) {
        this.submissions = submissions;
        this.approvals = approvals;
        this.management = management;
        this.transaction = transaction;
        this.runtime = runtime;
    }

    /** A copy of seed table {@code position} (1–16) waiting at 填报 for {@code leaderLogin}. */
    public Started start(int position, String leaderLogin) {
        return start(position, leaderLogin, seedTable(position));
    }

    /** As {@link #start(int, String)}, under another project name, so that a person can tell it apart. */
    public Started startNamed(int position, String leaderLogin, String projectName) {
        return start(position, leaderLogin,
                Drafts.table(Drafts.withField(TableDraft.of(seedTable(position)), TableField.PROJECT_NAME, projectName)));
    }

    /** A copy of seed table {@code position} filed by another unit (which must exist). */
    public Started startForUnit(String unitCode, int position, String leaderLogin) {
        return start(unitCode, position, leaderLogin,
                Drafts.table(Drafts.withField(TableDraft.of(seedTable(position)), TableField.UNIT_CODE, unitCode)));
    }

    private Started start(int position, String leaderLogin, TargetTable seed) {
        return start(UNIT, position, leaderLogin, seed);
    }

    /** Seed table {@code position} as another project of the unit-year of {@code neighbour}. */
    public Started startBeside(Started neighbour, int position, String leaderLogin) {
        Submission other = submissions.get(neighbour.submissionId());
        return start(other.getUnitCode(), other.getYear(), position, leaderLogin, seedTable(position));
    }

    private Started start(String unitCode, int position, String leaderLogin, TargetTable seed) {
        return start(unitCode, NEXT_YEAR.getAndIncrement(), position, leaderLogin, seed);
    }

    private Started start(String unitCode, int year, int position, String leaderLogin, TargetTable seed) {
        TargetTable table = inYear(seed, year);
        return transaction.execute(status -> {
            Submission submission = submissions.open(unitCode, year, position, leaderLogin, FundKind.SPECIAL, table);
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(approvals.start(submission)).singleResult();
            return new Started(submission.getId(), submission.getBusinessKey(), instance, table);
        });
    }

    /** The table moved to budget year {@code year}: its period in that year, all else as filed. */
    private static TargetTable inYear(TargetTable t, int year) {
        return Drafts.table(Drafts.withDates(TableDraft.of(t), t.startDate().withYear(year).toString(),
                t.endDate().withYear(year).toString()));
    }

    public static TargetTable seedTable(int position) {
        return SEED.get(position - 1).table();
    }

    /** Runs the instance's pending job (the asynchronous 自动校验), as the job executor would. */
    public void executeJob(String processInstanceId) {
        Job job = management.createJobQuery().processInstanceId(processInstanceId).singleResult();
        management.executeJob(job.getId());
    }

    public record Started(long submissionId, String businessKey, ProcessInstance instance, TargetTable table) {

        public String processInstanceId() {
            return instance.getId();
        }
    }
}
