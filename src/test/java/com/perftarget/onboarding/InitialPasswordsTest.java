package com.perftarget.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A new person's first password: given, the demo one in the demo run, else generated afresh each time. */
class InitialPasswordsTest {

    @Test
    void aGivenPasswordIsKept() {
        assertThat(new InitialPasswords(false, "").initial("Given-pass-1")).isEqualTo("Given-pass-1");
        assertThat(new InitialPasswords(true, "demo").initial("Given-pass-1")).isEqualTo("Given-pass-1");
    }

    @Test
    void theDemoRunUsesTheDemoPassword() {
        InitialPasswords demo = new InitialPasswords(true, "demo");
        assertThat(demo.initial(null)).isEqualTo("demo");
        assertThat(demo.isDemoDefault("demo")).isTrue();
    }

    @Test
    void otherwiseEachPasswordIsGeneratedFromUnmistakableCharacters() {
        InitialPasswords generated = new InitialPasswords(false, "demo");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = generated.initial(" ");
            assertThat(password).hasSize(12).matches("[A-HJ-NP-Za-km-z2-9]+");
            assertThat(generated.isDemoDefault(password)).isFalse();
            seen.add(password);
        }
        assertThat(seen).hasSize(200);
    }
}
