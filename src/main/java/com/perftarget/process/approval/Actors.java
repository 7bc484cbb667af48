package com.perftarget.process.approval;

import java.util.List;
import java.util.Optional;

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
        Authentication authentication = authenticationOf(task);
        if (authentication == null) {
            return task.getAssignee();
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(authentication.getUserId())) {
            throw new NotYourTaskException("「" + task.getName() + "」由 " + task.getAssignee() + " 办理，"
                    + authentication.getUserId() + " 不能提交");
        }
        return authentication.getUserId();
    }

    /**
     * The groups {@code userId} is authenticated with for this call, when they are its caller: the groups the engine
     * has just checked the completion's authorizations against, so a rule on them needs no second look-up.
     */
    public static Optional<List<String>> groupsAuthenticatedWith(DelegateTask task, String userId) {
        Authentication authentication = authenticationOf(task);
        if (authentication == null || authentication.getGroupIds() == null
                || !userId.equals(authentication.getUserId())) {
            return Optional.empty();
        }
        return Optional.of(authentication.getGroupIds());
    }

    private static Authentication authenticationOf(DelegateTask task) {
        return task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    }
}
