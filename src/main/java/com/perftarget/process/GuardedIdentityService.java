package com.perftarget.process;

import java.util.Objects;

import io.micrometer.core.instrument.Counter;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * People keep the name and login an administrator gave them: a user who is no administrator may change their own
 * password (the webapps' profile page), not their name or e-mail, and may not delete a login. The engine's default
 * grants let every user do all three to their own account.
 */
class GuardedIdentityService extends IdentityServiceImpl {

    private final Counter refusedLogins;

    GuardedIdentityService(Counter refusedLogins) {
        this.refusedLogins = refusedLogins;
    }

    /** Every login (webapps, {@code /engine-rest}, our API) checks a password here: the refused ones are counted. */
    @Override
    public boolean checkPassword(String userId, String password) {
        boolean accepted = super.checkPassword(userId, password);
        if (!accepted) {
            refusedLogins.increment();
        }
        return accepted;
    }

    @Override
    public void saveUser(User user, boolean skipPasswordPolicy) {
        if (!callerIsAdministrator()) {
            User stored = commandExecutor.execute(context -> context.runWithoutAuthorization(
                    () -> context.getReadOnlyIdentityProvider().findUserById(user.getId())));
            if (stored != null && (!Objects.equals(stored.getFirstName(), user.getFirstName())
                    || !Objects.equals(stored.getLastName(), user.getLastName())
                    || !Objects.equals(stored.getEmail(), user.getEmail()))) {
                throw new AuthorizationException("只有管理员可以修改用户的姓名和邮箱");
            }
        }
        super.saveUser(user, skipPasswordPolicy);
    }

    @Override
    public void deleteUser(String userId) {
        if (!callerIsAdministrator()) {
            throw new AuthorizationException("只有管理员可以删除用户");
        }
        super.deleteUser(userId);
    }

    /** No caller (the application itself) counts as an administrator; the engine still checks its grants. */
    private boolean callerIsAdministrator() {
        Authentication caller = getCurrentAuthentication();
        return caller == null
                || commandExecutor.execute(context -> context.getAuthorizationManager().isCamundaAdmin(caller));
    }
}
