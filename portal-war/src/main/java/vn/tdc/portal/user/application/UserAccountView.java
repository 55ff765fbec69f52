package vn.tdc.portal.user.application;

import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.user.domain.Role;
import vn.tdc.portal.user.domain.UserAccount;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * What pages and the API see of an account: never the password hash. {@code unitCode} and {@code unitName} are the
 * unit the account works for (what it sees); null only where the unit is not needed (checking a login).
 */
public record UserAccountView(long id, String username, String fullName, Set<Role> roles, boolean enabled,
                              Instant createdAt, String unitCode, String unitName) implements Serializable {

    static UserAccountView of(UserAccount account, UnitView unit) {
        return new UserAccountView(account.id(), account.username(), account.fullName(), account.roles(),
                account.enabled(), account.createdAt(), unit == null ? null : unit.code(),
                unit == null ? null : unit.fullName());
    }
}
