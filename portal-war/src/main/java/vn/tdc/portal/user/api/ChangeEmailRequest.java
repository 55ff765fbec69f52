package vn.tdc.portal.user.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/admin/users/{id}/email}: the account's email address, blank to remove it. */
public class ChangeEmailRequest {

    @Email
    @Size(max = 254)
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
