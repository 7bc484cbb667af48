package com.perftarget.process;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine's history writer, less what our own tables already keep, for the processes that keep what their forms
 * submit ({@link ProcessForms#keepsSubmissions()}):
 * <ul>
 * <li>with history {@code full} the engine writes every string a form submits to {@code ACT_HI_DETAIL} as a "form
 * property" — our tables keep each filed version and each decision with its opinion;</li>
 * <li>each pass through an exclusive gateway is an {@code ACT_HI_ACTINST} row (with its ten index entries) that says
 * which way the process went — our tables keep why (the validation run, the decision of each level), and the next
 * step's own row says where.</li>
 * </ul>
 * Every other history event, and every event of other processes, is written as before; listeners that watch the
 * events themselves (test coverage) still see all of them.
 */
class KeptElsewhereHistoryFilter implements HistoryEventHandler {

    private static final String EXCLUSIVE_GATEWAY = "exclusiveGateway";

    private final HistoryEventHandler writer;
    private final Set<String> processesKeepingSubmissions;

    KeptElsewhereHistoryFilter(HistoryEventHandler writer, Set<String> processesKeepingSubmissions) {
        this.writer = writer;
        this.processesKeepingSubmissions = Set.copyOf(processesKeepingSubmissions);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isKeptElsewhere(event)) {
            writer.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private boolean isKeptElsewhere(HistoryEvent event) {
        // Events outside any process (a user's log-in, a standalone job) have no key.
        String processKey = event.getProcessDefinitionKey();
        if (processKey == null || !processesKeepingSubmissions.contains(processKey)) {
            return false;
        }
        return event instanceof HistoricFormPropertyEventEntity
                || event instanceof HistoricActivityInstanceEventEntity activity
                && EXCLUSIVE_GATEWAY.equals(activity.getActivityType());
    }
}
