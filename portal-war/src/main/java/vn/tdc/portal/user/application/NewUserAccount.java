package vn.tdc.portal.user.application;

import vn.tdc.portal.user.domain.Role;

import java.util.Set;

/** A validated request to open a staff account. */
/** A new staff account; {@code unitCode} is its unit (null: the creator's own unit). */
public record NewUserAccount(String username, String fullName, char[] password, Set<Role> roles, String unitCode) {
}
