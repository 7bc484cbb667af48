package com.perftarget.process;

import java.util.Map;
import java.util.Set;

/** The forms of one process model: for each user task id, what its form may submit. Each process declares one. */
public interface ProcessForms {

    String processKey();

    Map<String, FormContract> formsByTask();

    /**
     * Whether the process keeps what its forms submit (and so why it took each way) in its own tables, so that the
     * engine's history need not copy each submitted string nor each gateway passed ({@link KeptElsewhereHistoryFilter}).
     */
    default boolean keepsSubmissions() {
        return false;
    }

    /**
     * The process variables each change of which our tables record (a validation run, a review decision): the
     * engine's history keeps their latest value ({@code ACT_HI_VARINST}, shown in Cockpit) but no row per change
     * ({@code ACT_HI_DETAIL}; {@link KeptElsewhereHistoryFilter}).
     */
    default Set<String> variablesRecordedElsewhere() {
        return Set.of();
    }

    /**
     * Whether the process's own tables record who worked on each of its steps (who filed, who decided), the engine's
     * operation log each claim and assignment: then the engine's history keeps no row per assignee or candidate added
     * to or removed from a task ({@code ACT_HI_IDENTITYLINK}; {@link KeptElsewhereHistoryFilter}).
     */
    default boolean recordsWhoWorkedOnIt() {
        return false;
    }

    /** The groups whose members may start the process themselves (in Tasklist's 发起流程 or through the API). */
    default Set<String> startingGroups() {
        return Set.of();
    }
}
