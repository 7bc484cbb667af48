package com.perftarget.process.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who acts on a task. */
public final class Actors {

    private Actors() {
    }

    /**
     * The user completing the task: the authenticated caller where there is one, else the assignee. Only the
     * assignee may complete a task, whatever else the caller's groups allow.
     */
    public static String completing(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (authentication == null) {
            return task.getAssignee();
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(authentication.getUserId())) {
            throw new NotYourTaskException("「" + task.getName() + "」由 " + task.getAssignee() + " 办理，"
                    + authentication.getUserId() + " 不能提交");
        }
        return authentication.getUserId();
    }
}
