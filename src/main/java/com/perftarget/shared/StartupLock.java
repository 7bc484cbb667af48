package com.perftarget.shared;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Several identical nodes may start at the same moment on one database: what each does once at start (the demo data,
 * onboarding that creates only what is missing) is serialised by a PostgreSQL advisory lock held until the
 * transaction ends, so the second node waits, then finds everything in place. Other databases (H2, one node) need none.
 */
@Component
public class StartupLock {

    /** One key for all start-up work of this application ("perftarget" in ASCII, as a number). */
    public static final long KEY = 0x7065_7266_7461_7267L;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public StartupLock(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.postgres = isPostgres(dataSource);
    }

    /** Waits for the lock and holds it until the current transaction ends (call inside one). */
    public void holdUntilCommit() {
        if (postgres) {
            jdbc.query("select pg_advisory_xact_lock(?)", rows -> null, KEY);
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
            return "PostgreSQL".equals(product);
        } catch (Exception e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
