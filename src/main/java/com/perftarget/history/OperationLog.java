package com.perftarget.history;

import java.time.Instant;
import java.util.List;

/** What people did to an approval beyond filing and deciding (claims, assignments, administrators' changes). */
public interface OperationLog {

    List<LoggedOperation> of(String businessKey);

    /** One operation: when, by whom, what ({@code operation} is the engine's type), and on what. */
    record LoggedOperation(Instant at, String userId, String operation, String details) {
    }
}
