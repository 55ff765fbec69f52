package vn.tdc.portal.user.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/admin/users/{id}/unit}: the code of the account's new unit. */
public class ChangeUnitRequest {

    @NotBlank
    @Size(max = 40)
    private String unitCode;

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }
}
