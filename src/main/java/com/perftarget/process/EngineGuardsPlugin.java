package com.perftarget.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;

/**
 * Puts our guards in front of the engine's services, so that they hold for every caller (Tasklist, Cockpit, Admin,
 * {@code /engine-rest}, our API): task and form services behind {@link FormSubmissionGuard}, the identity service
 * behind {@link GuardedIdentityService}, metrics for administrators only ({@link AdminOnlyMetricsManagementService}).
 * And what operations watch: completions timed ({@link CompletionTimer}), refused logins counted, incidents turned
 * into tasks for the administrators ({@link AdminAlertIncidentHandler}). And the history: no copy of what a form
 * submitted, of the gateways passed, of each change of a variable, nor of a task's assignees and candidates, where
 * our tables keep it ({@link KeptElsewhereHistoryFilter}).
 */
@Component
public class EngineGuardsPlugin extends AbstractProcessEnginePlugin {

    public static final String LOGINS_REFUSED = "perftarget.logins.refused";

    private final Map<String, Map<String, FormContract>> formsByProcess;
    private final List<ProcessForms> processes;
    private final MeterRegistry meters;
    private final ObjectProvider<SubmissionService> submissions;
    /** Looked up when a form is first opened: presenters use our services, which need the engine built first. */
    private final ObjectProvider<FormPresenter> presenters;
    private volatile Map<String, FormPresenter> presentersByProcess;

    public EngineGuardsPlugin(List<ProcessForms> processes, MeterRegistry meters,
                              ObjectProvider<SubmissionService> submissions, ObjectProvider<FormPresenter> presenters) {
        this.formsByProcess = processes.stream()
                .collect(Collectors.toMap(ProcessForms::processKey, ProcessForms::formsByTask));
        this.processes = List.copyOf(processes);
        this.meters = meters;
        this.submissions = submissions;
        this.presenters = presenters;
    }

    private FormPresenter presenterOf(String processKey) {
        Map<String, FormPresenter> byProcess = presentersByProcess;
        if (byProcess == null) {
            byProcess = presenters.orderedStream().collect(Collectors.toMap(FormPresenter::processKey, p -> p));
            presentersByProcess = byProcess;
        }
        return byProcess.get(processKey);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        FormSubmissionGuard guard = new FormSubmissionGuard(formsByProcess);
        configuration.setTaskService(new GuardedTaskService(guard));
        configuration.setFormService(new GuardedFormService(guard, this::presenterOf));
        configuration.setIdentityService(new GuardedIdentityService(Counter.builder(LOGINS_REFUSED)
                .description("logins refused: unknown user or wrong password").register(meters)));
        configuration.setManagementService(new AdminOnlyMetricsManagementService(configuration));
        List<CommandInterceptor> interceptors = new ArrayList<>(
                Optional.ofNullable(configuration.getCustomPreCommandInterceptorsTxRequired()).orElse(List.of()));
        interceptors.add(new CompletionTimer(meters));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        List<IncidentHandler> incidentHandlers = new ArrayList<>(
                Optional.ofNullable(configuration.getCustomIncidentHandlers()).orElse(List.of()));
        Function<String, Optional<String>> projectOf = businessKey -> submissions.getObject()
                .findByBusinessKey(businessKey).map(Submission::getProjectName);
        incidentHandlers.add(new AdminAlertIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE, projectOf));
        incidentHandlers.add(new AdminAlertIncidentHandler(Incident.EXTERNAL_TASK_HANDLER_TYPE, projectOf));
        configuration.setCustomIncidentHandlers(incidentHandlers);
        List<HistoryEventHandler> historyHandlers = new ArrayList<>(
                Optional.ofNullable(configuration.getCustomHistoryEventHandlers()).orElse(List.of()));
        historyHandlers.add(0, new KeptElsewhereHistoryFilter(processes));
        configuration.setCustomHistoryEventHandlers(historyHandlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }
}
