package com.perftarget.onboarding;

import java.util.Collection;
import java.util.List;

/**
 * Where the workflow keeps its people and their rights (the engine's identity store, authorizations and Tasklist
 * filters). Implemented by the engine edge; every operation is idempotent.
 */
public interface WorkflowDirectory {

    /** The group exists, with this name, and its members may work in Tasklist on the processes. */
    void ensureWorkflowGroup(String groupId, String name);

    /** The group exists, with this name (no Tasklist rights of its own, e.g. the administrators). */
    void ensureGroup(String groupId, String name);

    /** The group's members see every unit's approvals. */
    void grantReadAllApprovals(String groupId);

    /**
     * The login exists (the password applies only when it is created), with this display name, and belongs to the
     * group.
     */
    void ensurePerson(String login, String displayName, String password, String groupId);

    /** Whether the login exists. */
    boolean exists(String login);

    /** Whether the login belongs to the group. */
    boolean isMember(String login, String groupId);

    /** The logins of the group's members with this display name. */
    List<String> loginsNamed(String groupId, String displayName);

    /** The shared Tasklist filters (我的待办, 待认领（本组）) exist and these groups see them. */
    void ensureTasklistFilters(Collection<String> groupIds);
}
