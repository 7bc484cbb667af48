package com.perftarget.history;

import java.time.Instant;

import com.perftarget.review.Decision;
import com.perftarget.review.ReviewLevel;

/**
 * One step in the life of a submission: a version filed ({@code FILED}, with its validation result), a review
 * decision ({@code REVIEWED}) or the final approval ({@code APPROVED}), each naming the version it concerns; or any
 * other operation on the approval ({@code OPERATION}: a claim, an administrator's retry or change …); first, for a
 * project carried over from last year, where its table came from ({@code CARRIED_OVER}: {@code details} names last
 * year's submission and table, {@code version} its version if it had one); a withdrawal ({@code WITHDRAWN}, who and
 * why in {@code actor} and {@code opinion}).
 */
public record HistoryEntry(Instant at, Type type, Integer version, String actor, ReviewLevel level, Decision decision,
                           String opinion, Boolean validationPassed, Integer validationErrors,
                           Integer validationWarnings, String operation, String details) {

    public enum Type { CARRIED_OVER, FILED, REVIEWED, APPROVED, WITHDRAWN, OPERATION }
}
