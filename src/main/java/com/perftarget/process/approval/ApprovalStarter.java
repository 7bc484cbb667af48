package com.perftarget.process.approval;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.perftarget.process.EngineReads;
import com.perftarget.submission.Submission;

/**
 * Starts the approval of a submission outside any round: one process instance, keyed by the submission's business
 * key, readable by its leader and unit finance; ends it when the project is withdrawn.
 */
@Component
public class ApprovalStarter {

    private final RuntimeService runtime;
    private final WorkflowAuthorizations authorizations;
    private final EngineReads engine;

    public ApprovalStarter(RuntimeService runtime, WorkflowAuthorizations authorizations, EngineReads engine) {
        this.runtime = runtime;
        this.authorizations = authorizations;
        this.engine = engine;
    }

    public String start(Submission submission) {
        VariableMap variables = Variables.createVariables();
        ApprovalProcess.SUBMISSION_ID.putIn(variables, submission.getId());
        return engine.asApplication(() -> {
            ProcessInstance instance = runtime.startProcessInstanceByKey(ApprovalProcess.KEY,
                    submission.getBusinessKey(), variables);
            authorizations.grantInstance(instance.getId(), submission.getLeaderUserId(), submission.getUnitCode());
            return instance.getId();
        });
    }

    /**
     * Deletes the running instance with the reason (Cockpit shows it on the ended instance); the approval's own
     * listeners do not run — the project is withdrawn, not decided.
     */
    public void withdraw(Submission submission, String reason) {
        engine.asApplication(() -> {
            runtime.createProcessInstanceQuery().processDefinitionKey(ApprovalProcess.KEY)
                    .processInstanceBusinessKey(submission.getBusinessKey()).list()
                    .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "撤回：" + reason, true));
            return null;
        });
    }
}
