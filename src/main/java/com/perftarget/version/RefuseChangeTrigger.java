package com.perftarget.version;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** On H2 (the embedded default), what PostgreSQL's trigger does: refuses any update or delete of a record. */
public class RefuseChangeTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " 中的记录不可修改或删除", "P0001");
    }
}
