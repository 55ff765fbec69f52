package vn.tdc.portal.user.api;

import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/admin/users/{id}/enabled}. */
public class ChangeEnabledRequest {

    @NotNull
    private Boolean enabled;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }
}
