package com.perftarget.process.approval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

import com.perftarget.history.OperationLog;
import com.perftarget.process.EngineReads;

/**
 * The engine's user operation log of an approval's process instance. Completions are left out (our history records
 * them with the version and the opinion), and so is the instance's creation. Read without the caller's
 * authorizations: whoever asks has been allowed to read the submission.
 */
@Component
public class EngineOperationLog implements OperationLog {

    private static final Set<String> RECORDED_ELSEWHERE = Set.of(UserOperationLogEntry.OPERATION_TYPE_COMPLETE,
            UserOperationLogEntry.OPERATION_TYPE_CREATE);

    /** A submission has one approval instance for good: its id is looked up once per node (the most recent 10,000). */
    private static final int REMEMBERED_INSTANCES = 10_000;

    private final HistoryService history;
    private final ManagementService management;
    private final EngineReads reads;
    private final Map<String, String> instanceIds = RecentlyUsed.map(REMEMBERED_INSTANCES);
    /** The engine's name for its table of process instances (with the configured prefix), asked once. */
    private volatile String processInstanceTable;

    public EngineOperationLog(HistoryService history, ManagementService management, EngineReads reads) {
        this.history = history;
        this.management = management;
        this.reads = reads;
    }

    @Override
    public List<LoggedOperation> of(String businessKey) {
        return reads.withoutAuthorization(() -> {
            String instanceId = instanceIds.get(businessKey);
            if (instanceId == null) {
                // A native query: the criteria query's dynamic SQL costs the JVM more than the look-up itself.
                HistoricProcessInstance instance = history.createNativeHistoricProcessInstanceQuery()
                        .sql("select * from " + processInstanceTable()
                                + " where BUSINESS_KEY_ = #{businessKey} and PROC_DEF_KEY_ = #{processKey}")
                        .parameter("businessKey", businessKey).parameter("processKey", ApprovalProcess.KEY)
                        .singleResult();
                if (instance == null) {
                    return List.of();
                }
                instanceId = instance.getId();
                instanceIds.put(businessKey, instanceId);
            }
            Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
            history.createUserOperationLogQuery().processInstanceId(instanceId).orderByTimestamp().asc().list()
                    .stream().filter(entry -> !RECORDED_ELSEWHERE.contains(entry.getOperationType()))
                    .forEach(entry -> byOperation.computeIfAbsent(entry.getOperationId(), id -> new ArrayList<>())
                            .add(entry));
            return byOperation.values().stream().map(EngineOperationLog::operation).toList();
        });
    }

    private String processInstanceTable() {
        String table = processInstanceTable;
        if (table == null) {
            table = management.getTableName(HistoricProcessInstance.class);
            processInstanceTable = table;
        }
        return table;
    }

    private static LoggedOperation operation(List<UserOperationLogEntry> entries) {
        UserOperationLogEntry first = entries.get(0);
        List<String> changes = new ArrayList<>();
        for (UserOperationLogEntry entry : entries) {
            if (entry.getProperty() != null) {
                changes.add(entry.getProperty() + ": " + entry.getOrgValue() + " → " + entry.getNewValue());
            }
        }
        String on = first.getTaskId() != null ? "task " + first.getTaskId()
                : first.getJobId() != null ? "job " + first.getJobId() : first.getEntityType();
        return new LoggedOperation(first.getTimestamp().toInstant(), first.getUserId(), first.getOperationType(),
                on + (changes.isEmpty() ? "" : "; " + String.join(", ", changes)));
    }
}
