package com.perftarget.process;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts our guards in front of the engine's services, so that they hold for every caller (Tasklist, Cockpit, Admin,
 * {@code /engine-rest}, our API): task and form services behind {@link FormSubmissionGuard}, the identity service
 * behind {@link GuardedIdentityService}, metrics for administrators only ({@link AdminOnlyMetricsManagementService}).
 */
@Component
public class EngineGuardsPlugin extends AbstractProcessEnginePlugin {

    private final Map<String, Map<String, FormContract>> formsByProcess;

    public EngineGuardsPlugin(List<ProcessForms> processes) {
        this.formsByProcess = processes.stream()
                .collect(Collectors.toMap(ProcessForms::processKey, ProcessForms::formsByTask));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        FormSubmissionGuard guard = new FormSubmissionGuard(formsByProcess);
        configuration.setTaskService(new GuardedTaskService(guard));
        configuration.setFormService(new GuardedFormService(guard));
        configuration.setIdentityService(new GuardedIdentityService());
        configuration.setManagementService(new AdminOnlyMetricsManagementService(configuration));
    }
}
