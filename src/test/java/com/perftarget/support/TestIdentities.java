package com.perftarget.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.context.TestComponent;

import com.perftarget.onboarding.OnboardingService;
import com.perftarget.unit.UnitPerson.Role;

/** The unit 020008 and the people of a test, for contexts that run without the demo data. */
@TestComponent
public class TestIdentities {

    public static final String PASSWORD = "demo";

    private final OnboardingService onboarding;
    private final IdentityService identity;

    public TestIdentities(OnboardingService onboarding, IdentityService identity) {
        this.onboarding = onboarding;
        this.identity = identity;
    }

    public void createUnitWith(String leader, String unitFinance, String bureau) {
        String unit = TestSubmissions.UNIT;
        onboarding.ensureBureauAndAdministrators();
        onboarding.ensureUnit(unit, "济源市公安局交通管理支队");
        onboarding.ensurePerson(unit, leader, leader, Role.LEADER, PASSWORD);
        onboarding.ensurePerson(unit, unitFinance, unitFinance, Role.FINANCE, PASSWORD);
        onboarding.ensureBureauReviewer(bureau, bureau, PASSWORD);
    }

    /** Another unit with its own leader and finance, for the tests of who sees what. */
    public void createUnit(String unitCode, String leader, String unitFinance) {
        onboarding.ensureUnit(unitCode, "测试单位 " + unitCode);
        onboarding.ensurePerson(unitCode, leader, leader, Role.LEADER, PASSWORD);
        onboarding.ensurePerson(unitCode, unitFinance, unitFinance, Role.FINANCE, PASSWORD);
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
}
