package com.perftarget.process.approval;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.perftarget.process.EngineReads;

/**
 * People's names as the forms show them (姓名（登录名）). Every form opening names everyone in the submission's history;
 * names change rarely, so each is remembered for a minute (the 10,000 most recent), and only the others are read, in
 * one query. A renamed person shows under the new name at the latest a minute later; a login the engine does not
 * know shows as the login.
 */
@Component
public class DisplayNames {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);
    private static final int REMEMBERED_PEOPLE = 10_000;

    private final IdentityService identity;
    private final EngineReads reads;
    private final Clock clock;
    private final Map<String, Remembered> remembered = RecentlyUsed.map(REMEMBERED_PEOPLE);

    @Autowired
    public DisplayNames(IdentityService identity, EngineReads reads) {
        this(identity, reads, Clock.systemUTC());
    }

    DisplayNames(IdentityService identity, EngineReads reads, Clock clock) {
        this.identity = identity;
        this.reads = reads;
        this.clock = clock;
    }

    /** Each known person's name by login; unknown logins are left out. */
    public Map<String, String> of(Collection<String> userIds) {
        Instant now = clock.instant();
        Map<String, String> names = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String userId : userIds) {
            Remembered name = remembered.get(userId);
            if (name != null && name.until().isAfter(now)) {
                names.put(userId, name.name());
            } else {
                unknown.add(userId);
            }
        }
        if (!unknown.isEmpty()) {
            List<User> users = reads.withoutAuthorization(
                    () -> identity.createUserQuery().userIdIn(unknown.toArray(String[]::new)).list());
            for (User user : users) {
                String name = (nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName())).strip();
                String shown = name.isEmpty() ? user.getId() : name + "（" + user.getId() + "）";
                names.put(user.getId(), shown);
                remembered.put(user.getId(), new Remembered(shown, now.plus(REMEMBERED_FOR)));
            }
        }
        return names;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private record Remembered(String name, Instant until) {
    }
}
