package com.perftarget.submission;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V8: the {@code annual_goal_key} of the submissions stored before V7 added it, computed as the application
 * computes it ({@link Submission#annualGoalKey(String)}), so that the same goal has the same key on every database.
 */
@Component
public class AnnualGoalKeyMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8");
    }

    @Override
    public String getDescription() {
        return "annual goal keys of stored submissions";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, annual_goal from submission where annual_goal_key is null and annual_goal is not null");
             PreparedStatement update = connection.prepareStatement(
                     "update submission set annual_goal_key = ? where id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String key = Submission.annualGoalKey(rows.getString(2));
                if (key != null) {
                    update.setString(1, key);
                    update.setLong(2, rows.getLong(1));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}
