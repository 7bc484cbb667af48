package com.perftarget.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.review.ReviewDecision;
import com.perftarget.review.ReviewService;
import com.perftarget.submission.SubmissionService;
import com.perftarget.validation.ValidationRun;
import com.perftarget.validation.ValidationService;
import com.perftarget.version.Version;
import com.perftarget.version.VersionService;

/** Every version, decision and the approval of a submission, in the order they happened. */
@Service
@Transactional(readOnly = true)
public class SubmissionHistory {

    private final SubmissionService submissions;
    private final VersionService versions;
    private final ReviewService reviews;
    private final ValidationService validation;

    public SubmissionHistory(SubmissionService submissions, VersionService versions, ReviewService reviews,
                          ValidationService validation) {
        this.submissions = submissions;
        this.versions = versions;
        this.reviews = reviews;
        this.validation = validation;
    }

    public List<HistoryEntry> of(long submissionId) {
        submissions.get(submissionId);
        Map<Integer, ValidationRun> results = validation.results(submissionId);
        List<HistoryEntry> entries = new ArrayList<>();
        for (Version version : versions.list(submissionId)) {
            ValidationRun run = results.get(version.version());
            entries.add(new HistoryEntry(version.createdAt(), HistoryEntry.Type.FILED, version.version(),
                    version.author(), null, null, null, run == null ? null : run.isPassed(),
                    run == null ? null : run.getErrorCount(), run == null ? null : run.getWarningCount()));
        }
        for (ReviewDecision decision : reviews.history(submissionId)) {
            entries.add(new HistoryEntry(decision.getDecidedAt(), HistoryEntry.Type.REVIEWED, decision.getVersionNo(),
                    decision.getReviewer(), decision.getLevel(), decision.getDecision(), decision.getOpinion(), null,
                    null, null));
        }
        versions.approval(submissionId).ifPresent(approval -> entries.add(new HistoryEntry(approval.getApprovedAt(),
                HistoryEntry.Type.APPROVED, approval.getVersionNo(), approval.getApprovedBy(), null, null, null, null,
                null, null)));
        entries.sort(Comparator.comparing(HistoryEntry::at).thenComparing(HistoryEntry::type));
        return entries;
    }
}
