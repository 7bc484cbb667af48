package com.perftarget.version;

import java.time.Instant;

/** A version without its table: what history and reviews need to know of it. */
public record VersionHeader(int version, String author, Instant createdAt) {
}
