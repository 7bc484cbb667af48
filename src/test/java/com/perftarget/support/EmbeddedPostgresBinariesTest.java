package com.perftarget.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ./mvnw verify} runs on any developer OS: the embedded PostgreSQL the integration tests start finds binaries
 * for Linux, macOS (Intel and Apple silicon) and Windows on the test classpath, whichever machine this is.
 */
class EmbeddedPostgresBinariesTest {

    @ParameterizedTest
    @ValueSource(strings = {"linux-x86_64", "linux-arm_64", "darwin-x86_64", "darwin-arm_64", "windows-x86_64"})
    void binariesForEveryDeveloperOsAreOnTheTestClasspath(String platform) {
        assertThat(getClass().getResource("/postgres-" + platform + ".txz")).as(platform).isNotNull();
    }
}
