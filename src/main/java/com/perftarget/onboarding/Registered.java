package com.perftarget.onboarding;

import java.util.List;

/**
 * A unit as registered, with its people; {@code initialPassword} only for a login created by this registration
 * without a password given (generated, shown this once), else {@code null}.
 */
public record Registered(String code, String name, String parentCode, String profile,
                         List<RegisteredPerson> people) {

    public record RegisteredPerson(String login, String name, String role, String phone, String initialPassword) {
    }
}
