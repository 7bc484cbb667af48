package com.perftarget.onboarding;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.perftarget.validation.RuleTablesSource;

/** The rule profiles (规则集) a unit may be registered with: those the deployed rule tables know, and their aliases. */
@Component
public class RuleProfiles {

    private final RuleTablesSource rules;

    public RuleProfiles(RuleTablesSource rules) {
        this.rules = rules;
    }

    public Set<String> names() {
        return rules.current().profileNames();
    }

    /** The profile a name stands for, or {@code null} for none given (or none known). */
    public String resolve(String name) {
        return name == null || name.isBlank() ? null : rules.current().resolve(name.strip()).orElse(null);
    }
}
