package com.perftarget.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.review.ReviewDecision;
import com.perftarget.review.ReviewService;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;
import com.perftarget.validation.FiledVersion;
import com.perftarget.validation.ValidationService;
import com.perftarget.version.VersionApproval;
import com.perftarget.version.VersionService;

/** Every version, decision, the approval and every other operation on a submission, in the order they happened. */
@Service
@Transactional(readOnly = true)
public class SubmissionHistory {

    private final SubmissionService submissions;
    private final VersionService versions;
    private final ReviewService reviews;
    private final ValidationService validation;
    private final OperationLog operations;

    public SubmissionHistory(SubmissionService submissions, VersionService versions, ReviewService reviews,
                             ValidationService validation, OperationLog operations) {
        this.submissions = submissions;
        this.versions = versions;
        this.reviews = reviews;
        this.validation = validation;
        this.operations = operations;
    }

    public List<HistoryEntry> of(long submissionId) {
        Submission submission = submissions.get(submissionId);
        // A draft has never been filed: it has no version, nor any decision on one, to read.
        List<FiledVersion> filed = submission.getStatus() == SubmissionStatus.DRAFT ? List.of()
                : validation.filedVersions(submissionId);
        List<ReviewDecision> decisions = filed.isEmpty() ? List.of() : reviews.history(submissionId);
        List<HistoryEntry> entries = new ArrayList<>();
        submission.getCarryOver().ifPresent(from -> entries.add(new HistoryEntry(from.at(),
                HistoryEntry.Type.CARRIED_OVER, from.versionNo(), null, null, null, null, null, null, null, null,
                from.fromBusinessKey() + " " + from.source().label())));
        for (FiledVersion version : filed) {
            entries.add(new HistoryEntry(version.createdAt(), HistoryEntry.Type.FILED, version.version(),
                    version.author(), null, null, null, version.passed(), version.errorCount(),
                    version.warningCount(), null, null));
        }
        for (ReviewDecision decision : decisions) {
            entries.add(new HistoryEntry(decision.getDecidedAt(), HistoryEntry.Type.REVIEWED, decision.getVersionNo(),
                    decision.getReviewer(), decision.getLevel(), decision.getDecision(), decision.getOpinion(), null,
                    null, null, null, null));
        }
        // Only an approved submission has an approval: the others are spared the query.
        Optional<VersionApproval> approved = submission.getStatus() == SubmissionStatus.APPROVED
                ? versions.approval(submissionId) : Optional.empty();
        approved.ifPresent(approval -> entries.add(new HistoryEntry(approval.getApprovedAt(),
                HistoryEntry.Type.APPROVED, approval.getVersionNo(), approval.getApprovedBy(), null, null, null, null,
                null, null, null, null)));
        submission.getWithdrawal().ifPresent(withdrawal -> entries.add(new HistoryEntry(withdrawal.at(),
                HistoryEntry.Type.WITHDRAWN, null, withdrawal.by(), null, null, withdrawal.reason(), null, null, null,
                null, null)));
        for (OperationLog.LoggedOperation operation : operations.of(submission.getBusinessKey())) {
            entries.add(new HistoryEntry(operation.at(), HistoryEntry.Type.OPERATION, null, operation.userId(), null,
                    null, null, null, null, null, operation.operation(), operation.details()));
        }
        entries.sort(Comparator.comparing(HistoryEntry::at).thenComparing(HistoryEntry::type));
        return entries;
    }
}
