package com.perftarget.process.approval;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import com.perftarget.access.Groups;
import com.perftarget.process.ProcessForms;

/**
 * The engine's grants for the workflow. Tasks need none here: the engine grants a task to its assignee and candidate
 * group itself. Groups of the workflow may open Tasklist and read the process model; a project's leader and its
 * unit's finance may read that project's process instance; the finance bureau reads every instance but is given no
 * right to change one. Cockpit and Admin stay with {@code camunda-admin}.
 */
@Component
public class WorkflowAuthorizations {

    private final AuthorizationService authorizations;
    private final List<ProcessForms> processes;

    public WorkflowAuthorizations(AuthorizationService authorizations, List<ProcessForms> processes) {
        this.authorizations = authorizations;
        this.processes = processes;
    }

    /**
     * A group whose members work in Tasklist on the processes: each model readable, and those the group starts
     * startable ({@link ProcessForms#startingGroups()}).
     */
    public void grantTasklist(String groupId) {
        grantGroup(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        for (ProcessForms process : processes) {
            if (process.startingGroups().contains(groupId)) {
                grantGroup(groupId, Resources.PROCESS_DEFINITION, process.processKey(), Permissions.READ,
                        Permissions.CREATE_INSTANCE);
                grantGroup(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
            } else {
                grantGroup(groupId, Resources.PROCESS_DEFINITION, process.processKey(), Permissions.READ);
            }
        }
    }

    /** The finance bureau sees every unit's approvals. */
    public void grantReadAllInstances(String groupId) {
        grantGroup(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
    }

    public void grantFilter(String filterId, String groupId) {
        grantGroup(groupId, Resources.FILTER, filterId, Permissions.READ);
    }

    /** The leader of a project and the finance of its unit may read its process instance. */
    public void grantInstance(String processInstanceId, String leaderUserId, String unitCode) {
        Authorization leader = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        leader.setUserId(leaderUserId);
        leader.setResource(Resources.PROCESS_INSTANCE);
        leader.setResourceId(processInstanceId);
        leader.addPermission(Permissions.READ);
        authorizations.saveAuthorization(leader);
        // The instance has just started: no grant on it can exist yet, so none is looked for.
        saveGroupGrant(Groups.unitFinance(unitCode), Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
    }

    /**
     * The group's one authorization on the resource (the engine keeps one per group and resource) holds these
     * permissions: added to it where it exists, else created with them.
     */
    private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (existing == null) {
            saveGroupGrant(groupId, resource, resourceId, permissions);
        } else if (!Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            Arrays.stream(permissions).forEach(existing::addPermission);
            authorizations.saveAuthorization(existing);
        }
    }

    private void saveGroupGrant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        Arrays.stream(permissions).forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
    }
}
