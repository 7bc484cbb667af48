package com.perftarget.process.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.perftarget.process.EngineReads;
import com.perftarget.support.ProcessTest;

@ProcessTest
class DisplayNamesTest {

    @Autowired
    IdentityService identity;

    @Autowired
    EngineReads reads;

    @Test
    void aNameIsRememberedForAMinuteThenReadAgain() {
        User user = identity.newUser("display-names-test");
        user.setFirstName("王明计");
        identity.saveUser(user);
        MovableClock clock = new MovableClock(Instant.parse("2026-11-27T08:00:00Z"));
        DisplayNames names = new DisplayNames(identity, reads, clock);

        assertThat(names.of(List.of("display-names-test", "nobody-known")))
                .isEqualTo(Map.of("display-names-test", "王明计（display-names-test）"));

        User renamed = identity.createUserQuery().userId("display-names-test").singleResult();
        renamed.setFirstName("王明记");
        identity.saveUser(renamed);
        clock.now = clock.now.plus(DisplayNames.REMEMBERED_FOR).minusSeconds(1);
        assertThat(names.of(List.of("display-names-test"))).as("remembered")
                .containsEntry("display-names-test", "王明计（display-names-test）");

        clock.now = clock.now.plusSeconds(1);
        assertThat(names.of(List.of("display-names-test"))).as("read again after a minute")
                .containsEntry("display-names-test", "王明记（display-names-test）");
    }

    private static final class MovableClock extends Clock {

        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
