package com.perftarget.history;

import java.time.Instant;

import com.perftarget.review.Decision;
import com.perftarget.review.ReviewLevel;

/**
 * One step in the life of a submission: a version filed ({@code FILED}, with its validation result), a review
 * decision ({@code REVIEWED}) or the final approval ({@code APPROVED}), each naming the version it concerns; or any
 * other operation on the approval ({@code OPERATION}: a claim, an administrator's retry or change …).
 */
public record HistoryEntry(Instant at, Type type, Integer version, String actor, ReviewLevel level, Decision decision,
                           String opinion, Boolean validationPassed, Integer validationErrors,
                           Integer validationWarnings, String operation, String details) {

    public enum Type { FILED, REVIEWED, APPROVED, OPERATION }
}
