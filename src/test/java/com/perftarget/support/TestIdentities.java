package com.perftarget.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.context.TestComponent;

import com.perftarget.process.ApprovalProcess;
import com.perftarget.process.WorkflowAuthorizations;
import com.perftarget.unit.BudgetUnit;
import com.perftarget.unit.BudgetUnitRepository;

/** The unit 020008 and the people of a test, for contexts that run without the demo data. */
@TestComponent
public class TestIdentities {

    public static final String PASSWORD = "demo";

    private final BudgetUnitRepository units;
    private final IdentityService identity;
    private final WorkflowAuthorizations grants;

    public TestIdentities(BudgetUnitRepository units, IdentityService identity, WorkflowAuthorizations grants) {
        this.units = units;
        this.identity = identity;
        this.grants = grants;
    }

    public void createUnitWith(String leader, String unitFinance, String bureau) {
        String unit = TestSubmissions.UNIT;
        units.save(new BudgetUnit(unit, "济源市公安局交通管理支队"));
        user(leader, ApprovalProcess.unitLeadersGroup(unit));
        user(unitFinance, ApprovalProcess.unitFinanceGroup(unit));
        user(bureau, ApprovalProcess.FINANCE_BUREAU_GROUP);
    }

    /** Another unit with its own leader and finance, for the tests of who sees what. */
    public void createUnit(String unitCode, String leader, String unitFinance) {
        units.save(new BudgetUnit(unitCode, "测试单位 " + unitCode));
        user(leader, ApprovalProcess.unitLeadersGroup(unitCode));
        user(unitFinance, ApprovalProcess.unitFinanceGroup(unitCode));
    }

    /** A user in several groups at once, with the demo password. */
    public void userInGroups(String userId, String... groupIds) {
        User user = identity.newUser(userId);
        user.setFirstName(userId);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        for (String groupId : groupIds) {
            identity.createMembership(userId, groupId);
        }
    }

    private void user(String userId, String groupId) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(groupId);
            identity.saveGroup(group);
            grants.grantTasklist(groupId);
        }
        userInGroups(userId, groupId);
    }
}
