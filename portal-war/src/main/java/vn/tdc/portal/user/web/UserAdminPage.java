package vn.tdc.portal.user.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.user.application.NewUserAccount;
import vn.tdc.portal.user.application.UserAccountService;
import vn.tdc.portal.user.application.UserAccountView;
import vn.tdc.portal.user.domain.Role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The administrator's account page: list (with each account's unit), create in a unit of the administrator's scope
 * (its own by default), change roles, lock and unlock.
 */
@Named
@ViewScoped
public class UserAdminPage implements Serializable {

    private static final int PAGE_SIZE = 100;

    @Inject
    UserAccountService accounts;

    @Inject
    CallerScopes scopes;

    private List<UserAccountView> users;
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
    private Role[] roles = {Role.EDITOR};
    @NotBlank
    private String unitCode;
    private List<UnitView> units;
    private Long editingId;
    @NotEmpty(message = "{user.roles.empty}")
    private Role[] editingRoles = {};

    @PostConstruct
    void load() {
        users = accounts.list(1, PAGE_SIZE).items();
        units = accounts.assignableUnits();
        if (unitCode == null) {
            unitCode = scopes.currentUnit().code();
        }
    }

    public void create() {
        try {
            UserAccountView created = accounts.create(
                    new NewUserAccount(username, fullName, password.toCharArray(), Set.of(roles), unitCode));
            info(Messages.format("admin.users.created", created.username()));
            username = null;
            fullName = null;
            roles = new Role[]{Role.EDITOR};
            load();
        } catch (ProblemException e) {
            error(e.getMessage());
        } finally {
            password = null;
        }
    }

    public void toggleEnabled(UserAccountView user) {
        try {
            UserAccountView changed = accounts.changeEnabled(user.id(), !user.enabled());
            info(Messages.format("admin.users.updated", changed.username()));
            load();
        } catch (ProblemException e) {
            error(e.getMessage());
        }
    }

    public void startEditRoles(UserAccountView user) {
        editingId = user.id();
        editingRoles = user.roles().toArray(Role[]::new);
    }

    public void saveRoles() {
        try {
            UserAccountView changed = accounts.changeRoles(editingId, EnumSet.copyOf(List.of(editingRoles)));
            info(Messages.format("admin.users.updated", changed.username()));
            load();
        } catch (ProblemException e) {
            error(e.getMessage());
        }
    }

    /** Units the administrator may open accounts in: its own and those below it. */
    public List<UnitView> getUnits() {
        return units;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public List<UserAccountView> getUsers() {
        return users;
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

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public Role[] getEditingRoles() {
        return editingRoles;
    }

    public void setEditingRoles(Role[] editingRoles) {
        this.editingRoles = editingRoles;
    }
}
