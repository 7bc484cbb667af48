package com.perftarget.process.round;

import java.util.Optional;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import com.perftarget.onboarding.ApprovalLauncher;
import com.perftarget.process.EngineReads;
import com.perftarget.process.approval.ApprovalProcess;
import com.perftarget.process.approval.ApprovalStarter;
import com.perftarget.process.approval.WorkflowAuthorizations;
import com.perftarget.round.RoundService;
import com.perftarget.round.RoundStateException;
import com.perftarget.submission.Submission;

/**
 * Where a project's approval runs: inside its unit's process when its year has a round with the unit in it (called
 * from the unit's filing, which waits for it), else on its own. A unit whose filing is over takes no new project.
 */
@Component
public class RoundApprovalLauncher implements ApprovalLauncher {

    private final RuntimeService runtime;
    private final ApprovalStarter standalone;
    private final WorkflowAuthorizations authorizations;
    private final RoundService rounds;
    private final EngineReads engine;

    public RoundApprovalLauncher(RuntimeService runtime, ApprovalStarter standalone,
                                 WorkflowAuthorizations authorizations, RoundService rounds, EngineReads engine) {
        this.runtime = runtime;
        this.standalone = standalone;
        this.authorizations = authorizations;
        this.rounds = rounds;
        this.engine = engine;
    }

    @Override
    public String start(Submission submission) {
        if (rounds.unit(submission.getYear(), submission.getUnitCode()).isEmpty()) {
            return standalone.start(submission);
        }
        String unitInstance = engine.asApplication(() -> unitInstanceOf(submission))
                .orElseThrow(() -> filingOver(submission));
        engine.asApplication(() -> {
            try {
                runtime.createMessageCorrelation(UnitRoundProcess.PROJECT_ADDED).processInstanceId(unitInstance)
                        .setVariableToTriggeredScope(ApprovalProcess.SUBMISSION_ID.name(), submission.getId())
                        .setVariableToTriggeredScope(UnitRoundProcess.PROJECT_BUSINESS_KEY.name(),
                                submission.getBusinessKey())
                        .correlateWithResult();
            } catch (MismatchingMessageCorrelationException e) {
                throw filingOver(submission);
            }
            return null;
        });
        // A command of its own: the called instance is found once the correlation's command has flushed it.
        return engine.asApplication(() -> {
            ProcessInstance approval = runtime.createProcessInstanceQuery().processDefinitionKey(ApprovalProcess.KEY)
                    .processInstanceBusinessKey(submission.getBusinessKey()).singleResult();
            authorizations.grantInstance(approval.getId(), submission.getLeaderUserId(), submission.getUnitCode());
            recount(unitInstance, submission);
            return approval.getId();
        });
    }

    /**
     * Cancels the project's part of its unit's filing (its approval with it), then lets the unit count again; a
     * project outside any round is ended on its own.
     */
    @Override
    public void withdraw(Submission submission, String reason) {
        Optional<String> unitInstance = rounds.unit(submission.getYear(), submission.getUnitCode()).isEmpty()
                ? Optional.empty() : engine.asApplication(() -> unitInstanceOf(submission));
        if (unitInstance.isEmpty()) {
            standalone.withdraw(submission, reason);
            return;
        }
        engine.asApplication(() -> {
            Execution scope = runtime.createExecutionQuery().processInstanceId(unitInstance.get())
                    .variableValueEquals(UnitRoundProcess.PROJECT_BUSINESS_KEY.name(), submission.getBusinessKey())
                    .singleResult();
            if (scope != null) {
                ActivityInstance projectApproval = find(runtime.getActivityInstance(unitInstance.get()),
                        scope.getId());
                runtime.createProcessInstanceModification(unitInstance.get())
                        .cancelActivityInstance(projectApproval.getId())
                        .setAnnotation("撤回：" + reason)
                        .execute(true, true);
            }
            recount(unitInstance.get(), submission);
            return null;
        });
    }

    /** The unit's count of open projects after one joined or left (see {@link CountOpenProjects}). */
    private void recount(String unitInstance, Submission submission) {
        runtime.setVariable(unitInstance, UnitRoundProcess.OPEN_PROJECTS.name(),
                rounds.openProjectCount(submission.getYear(), submission.getUnitCode()));
    }

    private Optional<String> unitInstanceOf(Submission submission) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(UnitRoundProcess.KEY)
                .processInstanceBusinessKey(UnitRoundProcess.businessKey(submission.getUnitCode(),
                        submission.getYear())).singleResult()).map(ProcessInstance::getId);
    }

    /** The project's 项目审批 instance: the one whose executions include the scope holding its business key. */
    private static ActivityInstance find(ActivityInstance parent, String executionId) {
        for (ActivityInstance child : parent.getChildActivityInstances()) {
            if (child.getActivityId().equals(UnitRoundProcess.PROJECT_APPROVAL) && contains(child, executionId)) {
                return child;
            }
            ActivityInstance deeper = find(child, executionId);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    private static boolean contains(ActivityInstance instance, String executionId) {
        for (String id : instance.getExecutionIds()) {
            if (id.equals(executionId)) {
                return true;
            }
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            if (contains(child, executionId)) {
                return true;
            }
        }
        return false;
    }

    private static RoundStateException filingOver(Submission submission) {
        return new RoundStateException("单位 " + submission.getUnitCode() + " " + submission.getYear()
                + " 年度的报送已经结束，不能再增加项目");
    }
}
