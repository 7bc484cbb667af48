package com.perftarget.process;

import java.util.Map;

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

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        FormSubmissionGuard guard = new FormSubmissionGuard(Map.of(ApprovalProcess.KEY, ApprovalProcess.FORMS));
        configuration.setTaskService(new GuardedTaskService(guard));
        configuration.setFormService(new GuardedFormService(guard));
        configuration.setIdentityService(new GuardedIdentityService());
        configuration.setManagementService(new AdminOnlyMetricsManagementService(configuration));
    }
}
