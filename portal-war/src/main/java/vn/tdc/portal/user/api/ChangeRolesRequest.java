package vn.tdc.portal.user.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import vn.tdc.portal.user.domain.Role;

import java.util.Set;

/** Body of {@code PUT /api/admin/users/{id}/roles}. */
public class ChangeRolesRequest {

    @NotEmpty(message = "{user.roles.empty}")
    private Set<@NotNull(message = "{user.roles.unknown}") Role> roles;

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }
}
