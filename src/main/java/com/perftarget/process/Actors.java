package com.perftarget.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import java.util.List;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who acts on a task. */
final class Actors {

    private Actors() {
    }

    /**
     * The user completing the task: the authenticated caller where there is one, else the assignee. Only the
     * assignee may complete a task, whatever else the caller's groups allow.
     */
    static String completing(DelegateTask task) {
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

    /** The groups of a user, read without the caller's authorizations (a reviewer may not list users). */
    static List<String> groupsOf(String userId) {
        return withoutAuthorization(() -> Context.getProcessEngineConfiguration().getIdentityService()
                .createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
    }

    /** Runs an engine read inside the current command without the caller's authorization checks. */
    static <T> T withoutAuthorization(Callable<T> read) {
        CommandContext context = Context.getCommandContext();
        try {
            return context != null ? context.runWithoutAuthorization(read) : read.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
