package com.perftarget.onboarding;

import java.security.SecureRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A new person's first password: the one the bureau gave; in the demo run (the README's run command) the demo
 * password; else generated here and shown once in the answer.
 */
@Component
public class InitialPasswords {

    /** Letters and digits that cannot be mistaken for each other when read out or typed from paper. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();
    private final String demoPassword;

    public InitialPasswords(@Value("${perftarget.demo.enabled:false}") boolean demo,
                            @Value("${perftarget.demo.password:}") String demoPassword) {
        this.demoPassword = demo && !demoPassword.isBlank() ? demoPassword : null;
    }

    String initial(String given) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        return demoPassword != null ? demoPassword : generated();
    }

    boolean isDemoDefault(String password) {
        return demoPassword != null && demoPassword.equals(password);
    }

    private String generated() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
