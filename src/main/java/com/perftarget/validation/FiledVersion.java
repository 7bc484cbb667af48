package com.perftarget.validation;

import java.time.Instant;

/**
 * A filed version without its table, and what its validation found: {@code passed} and the counts are {@code null}
 * until it is validated. What a submission's history shows of each version, read in one query.
 */
public record FiledVersion(int version, String author, Instant createdAt, Boolean passed, Integer errorCount,
                           Integer warningCount) {
}
