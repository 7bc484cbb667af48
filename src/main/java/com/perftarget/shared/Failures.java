package com.perftarget.shared;

import java.sql.SQLException;

/** Reading what a failure was caused by, through its chain of causes. */
public final class Failures {

    private Failures() {
    }

    /** The first cause of {@code failure} (itself included) of the given type, or {@code null}. */
    public static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Whether the database refused a duplicate key somewhere in the chain (SQLState 23505): a racing second write. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if ("23505".equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
