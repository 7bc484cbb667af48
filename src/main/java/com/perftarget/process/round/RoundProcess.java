package com.perftarget.process.round;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.perftarget.access.Groups;
import com.perftarget.process.FormContract;
import com.perftarget.process.ProcessForms;
import com.perftarget.process.ProcessVariable;

/**
 * The round process {@code bpmn/budget-round.bpmn}: the bureau opens a budget year from its start form (or
 * {@code POST /api/rounds}); one {@link UnitRoundProcess} per unit follows. Only the year stays a process variable;
 * the rest of the start form goes to our tables ({@code budget_round}).
 */
public final class RoundProcess {

    public static final String KEY = "budgetRound";

    public static final ProcessVariable<Integer> ROUND_YEAR = new ProcessVariable<>("roundYear", Integer.class);
    /** Who started it (the start event's initiator). */
    public static final ProcessVariable<String> ROUND_OPENER = new ProcessVariable<>("roundOpener", String.class);

    /** What the start form submits besides the year; read once by 登记预算轮次 and removed. */
    public static final ProcessVariable<String> PROFILE = new ProcessVariable<>("profile", String.class);
    public static final ProcessVariable<String> UNITS = new ProcessVariable<>("units", String.class);
    public static final ProcessVariable<String> UNIT_DEADLINE = new ProcessVariable<>("unitDeadline", String.class);
    public static final ProcessVariable<String> BUREAU_DEADLINE =
            new ProcessVariable<>("bureauDeadline", String.class);

    /** The round has no user task; the finance bureau starts it. */
    @Component
    public static class Forms implements ProcessForms {
        @Override
        public String processKey() {
            return KEY;
        }

        @Override
        public Map<String, FormContract> formsByTask() {
            return Map.of();
        }

        @Override
        public Set<String> startingGroups() {
            return Set.of(Groups.FINANCE_BUREAU);
        }
    }

    private RoundProcess() {
    }
}
