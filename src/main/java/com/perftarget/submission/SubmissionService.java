package com.perftarget.submission;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens submissions, keeps their current table and records where each stands. */
@Service
@Transactional
public class SubmissionService {

    private final SubmissionRepository submissions;
    private final TableDraftChecker checker;

    public SubmissionService(SubmissionRepository submissions, TableDraftChecker checker) {
        this.submissions = submissions;
        this.checker = checker;
    }

    public Submission open(String unitCode, int year, int sequenceNo, String leaderUserId, TargetTable table) {
        return submissions.save(new Submission(unitCode, year, sequenceNo, leaderUserId, table));
    }

    @Transactional(readOnly = true)
    public Submission get(long submissionId) {
        return submissions.findById(submissionId).orElseThrow(() -> new SubmissionNotFoundException(submissionId));
    }

    @Transactional(readOnly = true)
    public SubmissionDetails details(long submissionId) {
        return SubmissionDetails.of(get(submissionId));
    }

    @Transactional(readOnly = true)
    public Optional<Submission> findByBusinessKey(String businessKey) {
        return submissions.findByBusinessKey(businessKey);
    }

    @Transactional(readOnly = true)
    public List<Submission> list(String unitCode, int year) {
        return submissions.findByUnitCodeAndYearOrderBySequenceNo(unitCode, year);
    }

    /**
     * Accepts the table the leader filed: checks its form and replaces the current table, or throws
     * {@link InvalidInputException} naming every bad field and changes nothing.
     */
    public TargetTable file(long submissionId, TableDraft draft) {
        Submission submission = get(submissionId);
        TargetTable table = checker.check(draft, submission.getUnitCode());
        submission.replaceTable(table);
        submission.moveTo(SubmissionStatus.IN_REVIEW, Stage.VALIDATE_TARGETS);
        return table;
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

    public void markApproved(long submissionId) {
        get(submissionId).moveTo(SubmissionStatus.APPROVED, Stage.APPROVED);
    }
}
