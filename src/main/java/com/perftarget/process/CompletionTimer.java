package com.perftarget.process;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Times every task completion — from Tasklist, {@code /engine-rest} or our API alike — as the engine runs it,
 * commit included (it sits before the transaction interceptor): {@value #TIMER}, tagged with the outcome.
 * A completion that runs another command inside is timed once.
 */
class CompletionTimer extends CommandInterceptor {

    static final String TIMER = "perftarget.task.completion";
    private static final Set<Class<?>> COMPLETIONS = Set.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class,
            GuardedSubmitTaskFormCmd.class);
    private static final ThreadLocal<Boolean> TIMING = ThreadLocal.withInitial(() -> false);

    private final Timer succeeded;
    private final Timer failed;

    CompletionTimer(MeterRegistry registry) {
        this.succeeded = timer(registry, "completed");
        this.failed = timer(registry, "refused");
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (TIMING.get() || !COMPLETIONS.contains(command.getClass())) {
            return next.execute(command);
        }
        TIMING.set(true);
        long start = System.nanoTime();
        boolean ok = false;
        try {
            T result = next.execute(command);
            ok = true;
            return result;
        } finally {
            TIMING.set(false);
            (ok ? succeeded : failed).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder(TIMER).description("task completion, commit included").tag("outcome", outcome)
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }
}
