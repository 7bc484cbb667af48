package com.perftarget.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.perftarget.shared.StartupLock;

/**
 * Two nodes started at the same moment on an empty PostgreSQL both try to create the engine's tables, and one of them
 * fails. This plugin holds the start-up advisory lock on a connection of its own from just before the engine builds
 * (schema creation and update, the administrator, the deployments of the plugins before it) until it is built: the
 * second node waits, then finds the schema in place. Ordered last, so that it releases the lock last.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class EngineSchemaLockPlugin extends AbstractProcessEnginePlugin {

    private Connection held;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!"postgres".equals(configuration.getDatabaseType())) {
            return;
        }
        try {
            held = configuration.getDataSource().getConnection();
            held.setAutoCommit(true);
            try (Statement lock = held.createStatement()) {
                lock.execute("select pg_advisory_lock(" + StartupLock.KEY + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the start-up lock on the database", e);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement unlock = connection.createStatement()) {
            unlock.execute("select pg_advisory_unlock(" + StartupLock.KEY + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the start-up lock on the database", e);
        } finally {
            held = null;
        }
    }
}
