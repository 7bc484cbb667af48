package com.perftarget.process.approval;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import com.perftarget.onboarding.WorkflowDirectory;
import com.perftarget.process.EngineReads;

/** The engine as the workflow's directory: users, groups, memberships, grants and Tasklist filters. */
@Component
public class EngineWorkflowDirectory implements WorkflowDirectory {

    private static final String MY_TASKS = "我的待办";
    private static final String GROUP_TASKS = "待认领（本组）";

    private final IdentityService identity;
    private final FilterService filters;
    private final TaskService tasks;
    private final WorkflowAuthorizations grants;
    private final EngineReads engine;

    public EngineWorkflowDirectory(IdentityService identity, FilterService filters, TaskService tasks,
                                   WorkflowAuthorizations grants, EngineReads engine) {
        this.identity = identity;
        this.filters = filters;
        this.tasks = tasks;
        this.grants = grants;
        this.engine = engine;
    }

    @Override
    public void ensureWorkflowGroup(String groupId, String name) {
        asApplication(() -> {
            ensureGroup(groupId, name);
            grants.grantTasklist(groupId);
        });
    }

    @Override
    public void ensureGroup(String groupId, String name) {
        asApplication(() -> {
            if (identity.createGroupQuery().groupId(groupId).count() == 0) {
                Group group = identity.newGroup(groupId);
                group.setName(name);
                group.setType("WORKFLOW");
                identity.saveGroup(group);
            }
        });
    }

    @Override
    public void grantReadAllApprovals(String groupId) {
        asApplication(() -> {
            grants.grantReadAllInstances(groupId);
        });
    }

    /** The whole Chinese name goes in the first name, which the webapps show first. */
    @Override
    public void ensurePerson(String login, String displayName, String password, String groupId) {
        asApplication(() -> {
            User known = identity.createUserQuery().userId(login).singleResult();
            if (known == null) {
                User user = identity.newUser(login);
                user.setFirstName(displayName);
                user.setLastName("");
                user.setPassword(password);
                identity.saveUser(user);
            } else if (!displayName.equals(known.getFirstName())) {
                known.setFirstName(displayName);
                identity.saveUser(known);
            }
            if (identity.createUserQuery().userId(login).memberOfGroup(groupId).count() == 0) {
                identity.createMembership(login, groupId);
            }
        });
    }

    /**
     * Bringing people in is the bureau's business in our API (checked there); the engine's own rights to create
     * users, groups and grants are the application's.
     */
    private void asApplication(Runnable change) {
        engine.asApplication(() -> {
            change.run();
            return null;
        });
    }

    @Override
    public boolean exists(String login) {
        return engine.withoutAuthorization(() -> identity.createUserQuery().userId(login).count() > 0);
    }

    @Override
    public boolean isMember(String login, String groupId) {
        return engine.withoutAuthorization(() -> identity.createUserQuery().userId(login).memberOfGroup(groupId)
                .count() > 0);
    }

    @Override
    public List<String> loginsNamed(String groupId, String displayName) {
        // A unit's finance cannot list users itself; the application looks its leaders up for it.
        return engine.withoutAuthorization(() -> identity.createUserQuery().memberOfGroup(groupId)
                .userFirstName(displayName).list().stream().map(User::getId).toList());
    }

    @Override
    public void ensureTasklistFilters(Collection<String> groupIds) {
        asApplication(() -> {
            String mine = filter(MY_TASKS, -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
            String ours = filter(GROUP_TASKS, -5, tasks.createTaskQuery()
                    .taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
            for (String group : groupIds) {
                grants.grantFilter(mine, group);
                grants.grantFilter(ours, group);
            }
        });
    }

    private String filter(String name, int priority, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.saveFilter(filters.newTaskFilter(name).setQuery(query)
                    .setProperties(Map.of("priority", priority, "description", name, "refresh", true)));
        }
        return filter.getId();
    }
}
