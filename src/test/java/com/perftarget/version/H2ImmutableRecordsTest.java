package com.perftarget.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The embedded default database (H2) refuses changes to filed records too, through its own trigger. */
class H2ImmutableRecordsTest {

    private static final String URL = "jdbc:h2:mem:immutable;DB_CLOSE_DELAY=-1";

    @Test
    void updatesAndDeletesOfAVersionAreRefused() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("insert into budget_unit (code, name) values ('020008', '济源市公安局交通管理支队')");
            sql.execute("insert into submission (id, unit_code, budget_year, sequence_no, business_key, leader_user_id,"
                    + " status, stage, project_name, updated_at) values (1, '020008', 2021, 1, '020008-2021-01',"
                    + " 'luguangwei', 'IN_REVIEW', 'validateTargets', '车管业务经费', current_timestamp)");
            sql.execute("insert into submission_version (submission_id, version_no, content, content_sha256, author,"
                    + " created_at) values (1, 1, '{}', '" + "0".repeat(64) + "', 'luguangwei', current_timestamp)");

            assertThatThrownBy(() -> sql.execute("update submission_version set author = 'someone'"))
                    .hasMessageContaining("不可修改或删除");
            assertThatThrownBy(() -> sql.execute("delete from submission_version"))
                    .hasMessageContaining("不可修改或删除");
            try (var rows = sql.executeQuery("select author from submission_version")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("luguangwei");
            }
        }
    }
}
