package com.perftarget.process;

import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.management.MetricsQuery;

/** The engine's usage metrics are for administrators (Cockpit); the engine itself lets any logged-in user read them. */
class AdminOnlyMetricsManagementService extends ManagementServiceImpl {

    AdminOnlyMetricsManagementService(ProcessEngineConfiguration configuration) {
        super(configuration);
    }

    @Override
    public MetricsQuery createMetricsQuery() {
        requireAdministrator();
        return super.createMetricsQuery();
    }

    @Override
    public long getUniqueTaskWorkerCount(Date startTime, Date endTime) {
        requireAdministrator();
        return super.getUniqueTaskWorkerCount(startTime, endTime);
    }

    private void requireAdministrator() {
        commandExecutor.execute(context -> {
            context.getAuthorizationManager().checkCamundaAdmin();
            return null;
        });
    }
}
