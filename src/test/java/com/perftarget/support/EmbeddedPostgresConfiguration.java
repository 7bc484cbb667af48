package com.perftarget.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.perftarget.shared.PostgresBatchedInserts;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the tests, from the binaries Maven fetched (no Docker, no installed server). One server
 * per test JVM; the Spring context, cached across test classes, uses it as its only DataSource.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

    private static EmbeddedPostgres postgres;

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return postgres;
    }

    /** With the connection settings the application gives a PostgreSQL pool ({@link PostgresBatchedInserts}). */
    @Bean
    @Primary
    DataSource dataSource() {
        return postgres().getPostgresDatabase(Map.of(PostgresBatchedInserts.PROPERTY, PostgresBatchedInserts.VALUE));
    }
}
