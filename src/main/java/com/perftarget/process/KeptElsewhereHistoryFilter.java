package com.perftarget.process;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
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
 * Every other history event, and every event of other processes, is written as before; listeners that watch the
 * events themselves (test coverage) still see all of them.
 */
class KeptElsewhereHistoryFilter extends DbHistoryEventHandler {

    private static final String EXCLUSIVE_GATEWAY = "exclusiveGateway";

    private final Set<String> processesKeepingSubmissions;
    private final Map<String, Set<String>> variablesRecordedElsewhere;

    KeptElsewhereHistoryFilter(Set<String> processesKeepingSubmissions,
                               Map<String, Set<String>> variablesRecordedElsewhere) {
        this.processesKeepingSubmissions = Set.copyOf(processesKeepingSubmissions);
        this.variablesRecordedElsewhere = Map.copyOf(variablesRecordedElsewhere);
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
        if (processKey == null || !processesKeepingSubmissions.contains(processKey)) {
            return false;
        }
        return event instanceof HistoricFormPropertyEventEntity
                || event instanceof HistoricActivityInstanceEventEntity activity
                && EXCLUSIVE_GATEWAY.equals(activity.getActivityType());
    }
}
