package vn.tdc.portal.user.application;

import vn.tdc.portal.user.domain.Role;
import vn.tdc.portal.user.domain.UserAccount;

import java.time.Instant;
import java.util.Set;

/** What pages and the API see of an account: never the password hash. */
public record UserAccountView(long id, String username, String fullName, Set<Role> roles, boolean enabled,
                              Instant createdAt) {

    static UserAccountView of(UserAccount account) {
        return new UserAccountView(account.id(), account.username(), account.fullName(), account.roles(),
                account.enabled(), account.createdAt());
    }
}
