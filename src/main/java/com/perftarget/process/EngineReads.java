package com.perftarget.process;

import java.util.List;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine reads that must not depend on who is calling: display names, a reviewer's groups, the rule tables, the
 * operation log of a submission the caller was already allowed to read. Inside a running command (a listener) the
 * engine reuses that command; outside it starts one. Either way the caller's authorization checks are off only for
 * {@code read}.
 */
@Component
public class EngineReads {

    private final ProcessEngineConfigurationImpl engine;
    private final IdentityService identity;

    public EngineReads(ProcessEngineConfigurationImpl engine, IdentityService identity) {
        this.engine = engine;
        this.identity = identity;
    }

    public <T> T withoutAuthorization(Callable<T> read) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(read));
    }

    /**
     * What the application does on a caller's behalf once our own rules have let them (a unit's finance opening a
     * project: its instance and grants): with the caller still the authenticated user, so the engine records them.
     */
    public <T> T asApplication(Callable<T> work) {
        return withoutAuthorization(work);
    }

    public List<String> groupsOf(String userId) {
        return withoutAuthorization(() -> identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
    }
}
