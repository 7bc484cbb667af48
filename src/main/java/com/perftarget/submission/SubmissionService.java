package com.perftarget.submission;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.shared.ControlCharacters;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableDraftChecker;
import com.perftarget.table.TargetTable;
import com.perftarget.version.Version;
import com.perftarget.version.VersionService;

/** Opens submissions, keeps their current table and its versions, and records where each stands. */
@Service
@Transactional
public class SubmissionService {

    /** The longest reason for a withdrawal (its column). */
    static final int MAX_REASON = 500;

    private final SubmissionRepository submissions;
    private final TableDraftChecker checker;
    private final VersionService versions;

    public SubmissionService(SubmissionRepository submissions, TableDraftChecker checker, VersionService versions) {
        this.submissions = submissions;
        this.checker = checker;
        this.versions = versions;
    }

    public Submission open(String unitCode, int year, int sequenceNo, String leaderUserId, FundKind fundKind,
                           TargetTable table) {
        return submissions.save(new Submission(unitCode, year, sequenceNo, leaderUserId, fundKind, table));
    }

    /** A project carried over from last year, waiting at 填报 with its table started from last year's. */
    public Submission openCarriedOver(int sequenceNo, Submission last, int year, TargetTable table, CarryOver from) {
        Submission opened = new Submission(last.getUnitCode(), year, sequenceNo, last.getLeaderUserId(),
                last.getFundKind(), table);
        opened.carriedOver(from);
        return submissions.save(opened);
    }

    /** The table of last year's a carried-over submission started from, as it was then (or stands, if never filed). */
    @Transactional(readOnly = true)
    public Optional<TargetTable> carriedFromTable(CarryOver from) {
        return submissions.findByBusinessKey(from.fromBusinessKey()).map(last -> from.versionNo() == null
                ? last.table() : versions.get(last.getId(), from.versionNo()).table());
    }

    /** Whether a submission of this year was carried over from {@code businessKey}. */
    @Transactional(readOnly = true)
    public boolean isCarriedOver(String businessKey) {
        return submissions.existsByCarriedFrom(businessKey);
    }

    @Transactional(readOnly = true)
    public Submission get(long submissionId) {
        return submissions.findById(submissionId).orElseThrow(() -> new SubmissionNotFoundException(submissionId));
    }

    /**
     * The submission's current table: its row, then its indicator rows by the key they are stored under. Not one
     * join: that would send the whole submission row (its narratives) again with every indicator row.
     */
    @Transactional(readOnly = true)
    public TargetTable currentTable(long submissionId) {
        return get(submissionId).table();
    }

    @Transactional(readOnly = true)
    public SubmissionDetails details(long submissionId) {
        return SubmissionDetails.of(get(submissionId));
    }

    /** Per unit of a year: projects by status, stage and fund kind with their Σ 项目本年度金额, in one query. */
    @Transactional(readOnly = true)
    public List<SubmissionRepository.UnitYearCount> countByUnit(int year) {
        return submissions.countByUnit(year);
    }

    /** How many submissions stand at each status and stage ({@code status → stage code → count}). */
    @Transactional(readOnly = true)
    public Map<SubmissionStatus, Map<String, Long>> countByStatusAndStage() {
        Map<SubmissionStatus, Map<String, Long>> counts = new EnumMap<>(SubmissionStatus.class);
        for (SubmissionRepository.StatusAndStageCount row : submissions.countByStatusAndStage()) {
            counts.computeIfAbsent(row.getStatus(), status -> new HashMap<>()).put(row.getStage(), row.getCount());
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public Optional<Submission> findByBusinessKey(String businessKey) {
        return submissions.findByBusinessKey(businessKey);
    }

    /** The names of the unit-year's other projects with this very 年度绩效目标. */
    @Transactional(readOnly = true)
    public List<String> projectsWithAnnualGoal(Submission submission, String annualGoal) {
        String key = Submission.annualGoalKey(annualGoal);
        return key == null ? List.of() : submissions.findProjectsWithAnnualGoal(submission.getUnitCode(),
                submission.getYear(), key, submission.getId());
    }

    /** The unit-year's projects that count: every one not withdrawn. */
    @Transactional(readOnly = true)
    public List<Submission> listActive(String unitCode, int year) {
        return list(unitCode, year).stream().filter(s -> s.getStatus() != SubmissionStatus.WITHDRAWN).toList();
    }

    /** How many of the unit-year's projects are still open: neither approved nor withdrawn (one count query). */
    @Transactional(readOnly = true)
    public long countOpen(String unitCode, int year) {
        return submissions.countByUnitCodeAndYearAndStatusNotIn(unitCode, year,
                EnumSet.of(SubmissionStatus.APPROVED, SubmissionStatus.WITHDRAWN));
    }

    /** Every project of the unit-year, withdrawn ones included, by number. */
    @Transactional(readOnly = true)
    public List<Submission> list(String unitCode, int year) {
        return submissions.findByUnitCodeAndYearOrderBySequenceNo(unitCode, year);
    }

    /**
     * Accepts the table {@code author} filed: checks its form, replaces the current table and keeps it as the next
     * version; or throws {@link com.perftarget.shared.InvalidInputException} naming every bad field and changes
     * nothing.
     */
    public Version file(long submissionId, TableDraft draft, String author) {
        Submission submission = get(submissionId);
        TargetTable table = checker.check(draft, submission.getUnitCode());
        submission.replaceTable(table);
        submission.moveTo(SubmissionStatus.IN_REVIEW, Stage.VALIDATE_TARGETS);
        return versions.record(submissionId, table, author);
    }

    /**
     * Replaces the table its leader is filling in (an imported workbook): the form opens with it, nothing is filed.
     * Only at 填报; the row is locked first, so a filing in flight either comes before (and this is refused) or after.
     */
    public Submission prefill(long submissionId, TargetTable table) {
        Submission submission = submissions.findLockedById(submissionId)
                .orElseThrow(() -> new SubmissionNotFoundException(submissionId));
        if (submission.getStage() != Stage.FILL_TARGETS) {
            throw new NotBeingFilledException(submission.getProjectName());
        }
        submission.replaceTable(table);
        return submission;
    }

    /**
     * Withdraws a project before the bureau approved it, with the reason (kept with it and shown in its history).
     * The row is locked first: an approval in flight either comes first (and this is refused) or after.
     */
    public Submission withdraw(long submissionId, String by, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON || ControlCharacters.in(why)) {
            throw new InvalidInputException(List.of(new FieldError("reason",
                    "请填写撤回原因（最多 " + MAX_REASON + " 个字，不含控制字符）")));
        }
        Submission submission = submissions.findLockedById(submissionId)
                .orElseThrow(() -> new SubmissionNotFoundException(submissionId));
        if (submission.getStatus() == SubmissionStatus.APPROVED || submission.getStatus() == SubmissionStatus.WITHDRAWN) {
            throw new NotWithdrawableException(submission.getProjectName(), submission.getStatus());
        }
        submission.withdraw(by, why, Instant.now());
        return submission;
    }

    /** The table is back with its leader: {@code DRAFT} if never filed, else {@code RETURNED}. */
    public Submission awaitFiling(long submissionId) {
        Submission submission = get(submissionId);
        SubmissionStatus status = submission.getStatus() == SubmissionStatus.DRAFT
                ? SubmissionStatus.DRAFT : SubmissionStatus.RETURNED;
        submission.moveTo(status, Stage.FILL_TARGETS);
        return submission;
    }

    public Submission enterReview(long submissionId, Stage reviewStage) {
        Submission submission = get(submissionId);
        submission.moveTo(SubmissionStatus.IN_REVIEW, reviewStage);
        return submission;
    }

    /** Approved: the submission's status, and the mark on the version {@code approvedBy} approved. */
    public void markApproved(long submissionId, int versionNo, String approvedBy) {
        get(submissionId).moveTo(SubmissionStatus.APPROVED, Stage.APPROVED);
        versions.markApproved(submissionId, versionNo, approvedBy);
    }
}
