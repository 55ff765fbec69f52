package vn.tdc.portal.user.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.tdc.portal.user.application.NewUserAccount;
import vn.tdc.portal.user.domain.Role;

import java.util.Set;

/** Body of {@code POST /api/admin/users}. */
public class CreateUserRequest {

    @NotBlank
    @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{user.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @NotNull
    @Size(min = 10, max = 200, message = "{user.password.size}")
    private String password;

    @NotEmpty(message = "{user.roles.empty}")
    private Set<@NotNull(message = "{user.roles.unknown}") Role> roles;

    /** The unit's code; absent: the creator's own unit. */
    @Size(max = 40)
    private String unitCode;

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    NewUserAccount toNewAccount() {
        return new NewUserAccount(username, fullName, password.toCharArray(), roles, unitCode);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }
}
