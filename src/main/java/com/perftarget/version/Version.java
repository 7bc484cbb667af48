package com.perftarget.version;

import java.time.Instant;

import com.perftarget.table.TargetTable;

/** A stored version as the API and the forms see it. */
public record Version(int version, String author, Instant createdAt, String contentSha256, TargetTable table) {
}
