package com.perftarget.onboarding;

import java.util.List;

/**
 * A unit as the bureau registers it — code, name, 主管部门 code, rule profile — with its people. Text as sent:
 * {@link OnboardingService#check} names every bad field. A person's password applies only when the login is new.
 */
public record UnitRegistration(String code, String name, String parentCode, String profile, List<Person> people) {

    /** One person: login, Chinese name, role ({@code LEADER} or {@code FINANCE}), phone, initial password. */
    public record Person(String login, String name, String role, String phone, String password) {
    }

    public UnitRegistration {
        people = people == null ? List.of() : people;
    }
}
