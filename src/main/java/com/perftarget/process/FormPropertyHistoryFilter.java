package com.perftarget.process;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine's history writer, less one copy: with history {@code full} the engine writes every string a form
 * submits to {@code ACT_HI_DETAIL} as a "form property". For the processes that keep what their forms submit in our
 * own tables (each filed version, each decision with its opinion), that copy only costs: it is not written. Every
 * other history event, and every event of other processes, is written as before.
 */
class FormPropertyHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler writer;
    private final Set<String> processesKeepingSubmissions;

    FormPropertyHistoryFilter(HistoryEventHandler writer, Set<String> processesKeepingSubmissions) {
        this.writer = writer;
        this.processesKeepingSubmissions = Set.copyOf(processesKeepingSubmissions);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isCopyKeptElsewhere(event)) {
            writer.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private boolean isCopyKeptElsewhere(HistoryEvent event) {
        return event instanceof HistoricFormPropertyEventEntity
                && processesKeepingSubmissions.contains(event.getProcessDefinitionKey());
    }
}
