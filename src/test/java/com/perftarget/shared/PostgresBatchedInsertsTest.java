package com.perftarget.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

class PostgresBatchedInsertsTest {

    private final PostgresBatchedInserts settings = new PostgresBatchedInserts();

    @Test
    void aPostgresPoolSendsBatchedInsertsAsOneStatement() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:postgresql://db:5432/perftarget");
            settings.postProcessBeforeInitialization(pool, "dataSource");
            assertThat(pool.getDataSourceProperties()).containsEntry(PostgresBatchedInserts.PROPERTY, "true");
        }
    }

    @Test
    void anotherDatabaseKeepsItsPropertiesAsGiven() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:file:./data/perftarget");
            settings.postProcessBeforeInitialization(pool, "dataSource");
            assertThat(pool.getDataSourceProperties()).isEmpty();
        }
    }
}
