package com.perftarget.process.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.perftarget.history.OperationLog;
import com.perftarget.process.EngineReads;

/**
 * The engine's user operation log of an approval's process instance. Completions are left out (our history records
 * them with the version and the opinion), and so is the instance's creation. Whoever asks has been allowed to read
 * the submission.
 *
 * <p>Read with one plain query on the engine's history tables (their schema is the engine's documented one, their
 * names asked of the engine once): found by the submission's business key in the same query, and without the
 * criteria query's dynamic SQL, which cost the JVM more than the look-up itself — this runs at every form opened.
 */
@Component
public class EngineOperationLog implements OperationLog {

    private final ManagementService management;
    private final EngineReads reads;
    private final JdbcTemplate jdbc;
    /** The query, with the engine's table names (and their configured prefix), built once. */
    private volatile String query;

    public EngineOperationLog(ManagementService management, EngineReads reads, JdbcTemplate jdbc) {
        this.management = management;
        this.reads = reads;
        this.jdbc = jdbc;
    }

    @Override
    public List<LoggedOperation> of(String businessKey) {
        Map<String, List<Entry>> byOperation = new LinkedHashMap<>();
        jdbc.query(query(), (ResultSet row) -> {
            Entry entry = Entry.of(row);
            byOperation.computeIfAbsent(entry.operationId(), id -> new ArrayList<>()).add(entry);
        }, businessKey, ApprovalProcess.KEY, UserOperationLogEntry.OPERATION_TYPE_COMPLETE,
                UserOperationLogEntry.OPERATION_TYPE_CREATE);
        return byOperation.values().stream().map(EngineOperationLog::operation).toList();
    }

    private String query() {
        String sql = query;
        if (sql == null) {
            // The engine tells its table names to administrators only; this is no caller's request.
            sql = reads.withoutAuthorization(() -> "select l.OPERATION_ID_, l.OPERATION_TYPE_, l.USER_ID_, "
                    + "l.TIMESTAMP_, l.TASK_ID_, l.JOB_ID_, l.ENTITY_TYPE_, l.PROPERTY_, l.ORG_VALUE_, l.NEW_VALUE_ "
                    + "from " + management.getTableName(UserOperationLogEntryEventEntity.class) + " l "
                    + "join " + management.getTableName(HistoricProcessInstance.class) + " p "
                    + "on p.ID_ = l.PROC_INST_ID_ "
                    + "where p.BUSINESS_KEY_ = ? and p.PROC_DEF_KEY_ = ? "
                    + "and l.OPERATION_TYPE_ not in (?, ?) order by l.TIMESTAMP_, l.ID_");
            query = sql;
        }
        return sql;
    }

    private static LoggedOperation operation(List<Entry> entries) {
        Entry first = entries.get(0);
        List<String> changes = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.property() != null) {
                changes.add(entry.property() + ": " + entry.orgValue() + " → " + entry.newValue());
            }
        }
        String on = first.taskId() != null ? "task " + first.taskId()
                : first.jobId() != null ? "job " + first.jobId() : first.entityType();
        return new LoggedOperation(first.at().toInstant(), first.userId(), first.operationType(),
                on + (changes.isEmpty() ? "" : "; " + String.join(", ", changes)));
    }

    /** One row of the log: an operation changing several properties is one row per property. */
    private record Entry(String operationId, String operationType, String userId, Timestamp at,
                         String taskId, String jobId, String entityType, String property, String orgValue,
                         String newValue) {

        static Entry of(ResultSet row) throws SQLException {
            return new Entry(row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4),
                    row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                    row.getString(10));
        }
    }
}
