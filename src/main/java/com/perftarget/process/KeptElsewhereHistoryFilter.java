package com.perftarget.process;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history writer, less what our own tables already keep, for the processes that keep what their forms
 * submit ({@link ProcessForms#keepsSubmissions()}):
 * <ul>
 * <li>with history {@code full} the engine writes every string a form submits to {@code ACT_HI_DETAIL} as a "form
 * property" — our tables keep each filed version and each decision with its opinion;</li>
 * <li>each pass through an exclusive gateway is an {@code ACT_HI_ACTINST} row (with its ten index entries) that says
 * which way the process went — our tables keep why (the validation run, the decision of each level), and the next
 * step's own row says where;</li>
 * <li>each change of a variable our tables record ({@link ProcessForms#variablesRecordedElsewhere()}) is an
 * {@code ACT_HI_DETAIL} row — the variable's latest value stays in {@code ACT_HI_VARINST}.</li>
 * </ul>
 * and, for the processes that record who worked on them ({@link ProcessForms#recordsWhoWorkedOnIt()}), no
 * {@code ACT_HI_IDENTITYLINK} row per assignee or candidate added to or removed from a task — our tables keep who
 * filed and who decided each version, the operation log each claim and assignment, {@code ACT_HI_TASKINST} each
 * task's assignee. The job log stays whole: which node ran each job is kept nowhere else.
 * Every other history event, and every event of other processes, is written as before; listeners that watch the
 * events themselves (test coverage) still see all of them.
 */
class KeptElsewhereHistoryFilter extends DbHistoryEventHandler {

    private static final String EXCLUSIVE_GATEWAY = "exclusiveGateway";

    private final Set<String> processesKeepingSubmissions;
    private final Map<String, Set<String>> variablesRecordedElsewhere;
    private final Set<String> processesRecordingWhoWorked;

    KeptElsewhereHistoryFilter(Collection<ProcessForms> processes) {
        this.processesKeepingSubmissions = keysOf(processes, ProcessForms::keepsSubmissions);
        this.variablesRecordedElsewhere = processes.stream().collect(
                Collectors.toUnmodifiableMap(ProcessForms::processKey, ProcessForms::variablesRecordedElsewhere));
        this.processesRecordingWhoWorked = keysOf(processes, ProcessForms::recordsWhoWorkedOnIt);
    }

    private static Set<String> keysOf(Collection<ProcessForms> processes, Predicate<ProcessForms> which) {
        return processes.stream().filter(which).map(ProcessForms::processKey).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isKeptElsewhere(event)) {
            super.handleEvent(event);
        }
    }

    /** The variable's own row ({@code ACT_HI_VARINST}) is written either way; this decides the row per change. */
    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity change) {
        // Events outside any process (a user's log-in, a standalone job) have no key.
        String processKey = change.getProcessDefinitionKey();
        return super.shouldWriteHistoricDetail(change) && (processKey == null
                || !variablesRecordedElsewhere.getOrDefault(processKey, Set.of()).contains(change.getVariableName()));
    }

    private boolean isKeptElsewhere(HistoryEvent event) {
        String processKey = event.getProcessDefinitionKey();
        if (processKey == null) {
            return false;
        }
        boolean submissionKept = processesKeepingSubmissions.contains(processKey)
                && (event instanceof HistoricFormPropertyEventEntity
                || event instanceof HistoricActivityInstanceEventEntity activity
                && EXCLUSIVE_GATEWAY.equals(activity.getActivityType()));
        return submissionKept || processesRecordingWhoWorked.contains(processKey)
                && event instanceof HistoricIdentityLinkLogEventEntity;
    }
}
