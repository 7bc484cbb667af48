package com.perftarget.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.perftarget.access.AccessPolicy;
import com.perftarget.process.ApprovalProcess;
import com.perftarget.process.ApprovalStarter;
import com.perftarget.process.WorkflowAuthorizations;
import com.perftarget.submission.FundKind;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.TargetTable;
import com.perftarget.unit.BudgetUnit;
import com.perftarget.unit.BudgetUnitRepository;
import com.perftarget.unit.UnitBudget;
import com.perftarget.unit.UnitBudgetRepository;

/**
 * Loads the seed as demo data on start: the unit and its budget figures, its 16 tables as filed, one approval
 * waiting at 填报 per table, the demo logins and the Tasklist filters. Everything is created only where missing, so a restart
 * changes nothing.
 */
@Component
@ConditionalOnProperty(name = "perftarget.demo.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    static final String UNIT_FINANCE_LOGIN_PREFIX = "finance-";
    static final String BUREAU_LOGIN = "bureau";
    /** A second administrator, so that a delayed or forgotten {@code admin} never leaves the demo without one. */
    static final String SECOND_ADMIN_LOGIN = "sysadmin";

    private final DemoProperties demo;
    private final ResourceLoader resources;
    private final BudgetUnitRepository units;
    private final UnitBudgetRepository budgets;
    private final SubmissionService submissions;
    private final ApprovalStarter approvals;
    private final IdentityService identity;
    private final FilterService filters;
    private final TaskService tasks;
    private final TransactionTemplate transaction;
    private final WorkflowAuthorizations grants;

    public DemoDataLoader(DemoProperties demo, ResourceLoader resources, BudgetUnitRepository units,
                          UnitBudgetRepository budgets,
                          SubmissionService submissions, ApprovalStarter approvals, IdentityService identity,
                          FilterService filters, TaskService tasks, TransactionTemplate transaction,
                          WorkflowAuthorizations grants) {
        this.demo = demo;
        this.resources = resources;
        this.units = units;
        this.budgets = budgets;
        this.submissions = submissions;
        this.approvals = approvals;
        this.identity = identity;
        this.filters = filters;
        this.tasks = tasks;
        this.transaction = transaction;
        this.grants = grants;
    }

    @Override
    public void run(ApplicationArguments args) {
        String document = readSeed();
        List<SeedTable> seed = new SeedDocumentParser().parse(document);
        transaction.executeWithoutResult(status -> {
            loadIdentities(seed);
            loadFilters();
            if (!units.existsById(demo.unitCode())) {
                units.save(new BudgetUnit(demo.unitCode(), demo.unitName()));
            }
            UnitBudget.Key budgetKey = new UnitBudget.Key(demo.unitCode(), demo.year());
            if (!budgets.existsById(budgetKey)) {
                BudgetFigures figures = BudgetFigures.parse(document);
                budgets.save(new UnitBudget(demo.unitCode(), demo.year(), demo.profile(),
                        figures.projectExpenditure(), figures.generalProjects(), figures.specialFunds()));
            }
            for (SeedTable seedTable : seed) {
                String businessKey = Submission.businessKey(demo.unitCode(), demo.year(),
                        seedTable.position());
                if (submissions.findByBusinessKey(businessKey).isEmpty()) {
                    TargetTable table = seedTable.table();
                    FundKind kind = demo.generalProjects().contains(table.projectName())
                            ? FundKind.GENERAL : FundKind.SPECIAL;
                    approvals.start(submissions.open(demo.unitCode(), demo.year(), seedTable.position(),
                            leaderLogin(table.leader()), kind, table));
                }
            }
        });
    }

    private String readSeed() {
        try (InputStream in = resources.getResource(demo.seedDocument()).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the seed document " + demo.seedDocument(), e);
        }
    }

    private String leaderLogin(String leaderName) {
        String login = demo.leaderLogins().get(leaderName);
        if (login == null) {
            throw new IllegalStateException("no login configured for the leader " + leaderName
                    + " (perftarget.demo.leader-logins)");
        }
        return login;
    }

    private void loadIdentities(List<SeedTable> seed) {
        String unit = demo.unitCode();
        group(ApprovalProcess.unitLeadersGroup(unit), demo.unitName() + "项目负责人");
        group(ApprovalProcess.unitFinanceGroup(unit), demo.unitName() + "单位财务");
        group(ApprovalProcess.FINANCE_BUREAU_GROUP, "财政局");
        group(AccessPolicy.ADMIN_GROUP, "管理员");
        workflowGroups(unit).forEach(grants::grantTasklist);
        grants.grantReadAllInstances(ApprovalProcess.FINANCE_BUREAU_GROUP);

        Map<String, String> leaders = new LinkedHashMap<>();
        seed.forEach(table -> leaders.put(leaderLogin(table.table().leader()), table.table().leader()));
        leaders.forEach((login, name) -> user(login, name, ApprovalProcess.unitLeadersGroup(unit)));
        user(UNIT_FINANCE_LOGIN_PREFIX + unit, demo.unitName() + "财务", ApprovalProcess.unitFinanceGroup(unit));
        user(BUREAU_LOGIN, "财政局审核员", ApprovalProcess.FINANCE_BUREAU_GROUP);
        user(SECOND_ADMIN_LOGIN, "备用管理员", AccessPolicy.ADMIN_GROUP);
    }

    /** The groups that work on a unit's approvals in Tasklist. */
    private static List<String> workflowGroups(String unitCode) {
        return List.of(ApprovalProcess.unitLeadersGroup(unitCode), ApprovalProcess.unitFinanceGroup(unitCode),
                ApprovalProcess.FINANCE_BUREAU_GROUP);
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** A demo login; the whole Chinese name goes in the first name, which the webapps show first. */
    private void user(String id, String displayName, String groupId) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(displayName);
            user.setLastName("");
            user.setPassword(demo.password());
            identity.saveUser(user);
            identity.createMembership(id, groupId);
        }
    }

    private void loadFilters() {
        filter("我的待办", -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        filter("待认领（本组）", -5, tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskUnassigned());
    }

    private void filter(String name, int priority, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.saveFilter(filters.newTaskFilter(name).setQuery(query)
                    .setProperties(Map.of("priority", priority, "description", name, "refresh", true)));
        }
        String filterId = filter.getId();
        workflowGroups(demo.unitCode()).forEach(group -> grants.grantFilter(filterId, group));
    }
}
