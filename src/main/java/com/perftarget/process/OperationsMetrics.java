package com.perftarget.process;

import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import com.perftarget.submission.Stage;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;

/**
 * What an administrator watches, as Micrometer gauges (scraped at {@code /actuator/prometheus}): submissions by
 * status and stage, open incidents, failed jobs. A scrape reads the database at most every
 * {@value #REFRESH_SECONDS} s however many gauges and scrapers ask; timers and counters live where the work is
 * ({@link CompletionTimer}, {@link GuardedIdentityService}, the validation step).
 */
@Component
public class OperationsMetrics implements MeterBinder {

    public static final String SUBMISSIONS = "perftarget.submissions";
    public static final String INCIDENTS = "perftarget.incidents.open";
    public static final String FAILED_JOBS = "perftarget.jobs.failed";
    private static final long REFRESH_SECONDS = 10;

    private final SubmissionService submissions;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final EngineReads reads;
    private volatile Snapshot snapshot;

    public OperationsMetrics(SubmissionService submissions, RuntimeService runtime, ManagementService management,
                             EngineReads reads) {
        this.submissions = submissions;
        this.runtime = runtime;
        this.management = management;
        this.reads = reads;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (SubmissionStatus status : SubmissionStatus.values()) {
            for (Stage stage : Stage.values()) {
                Gauge.builder(SUBMISSIONS, this, m -> m.current().submissions()
                                .getOrDefault(status, Map.of()).getOrDefault(stage.code(), 0L))
                        .tag("status", status.name()).tag("stage", stage.code())
                        .description("submissions at this status and stage").register(registry);
            }
        }
        Gauge.builder(INCIDENTS, this, m -> m.current().incidents()).description("open incidents")
                .register(registry);
        Gauge.builder(FAILED_JOBS, this, m -> m.current().failedJobs())
                .description("jobs that failed and have no retries left").register(registry);
    }

    /** The figures, read again when older than the refresh interval. */
    Snapshot current() {
        Snapshot now = snapshot;
        if (now == null || now.readAt().plusSeconds(REFRESH_SECONDS).isBefore(Instant.now())) {
            now = read();
            snapshot = now;
        }
        return now;
    }

    /** Forget the cached figures (tests, and an administrator who wants them now). */
    public void refresh() {
        snapshot = null;
    }

    private Snapshot read() {
        return reads.withoutAuthorization(() -> new Snapshot(submissions.countByStatusAndStage(),
                runtime.createIncidentQuery().count(),
                management.createJobQuery().noRetriesLeft().count(), Instant.now()));
    }

    record Snapshot(Map<SubmissionStatus, Map<String, Long>> submissions, long incidents, long failedJobs,
                    Instant readAt) {
    }
}
