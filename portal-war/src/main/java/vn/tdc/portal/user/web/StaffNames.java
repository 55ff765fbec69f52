package vn.tdc.portal.user.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.user.application.UserAccountService;

import java.util.Map;

/**
 * Staff members by their full names in pages ({@code #{staffNames.of(a.updatedBy())}}): the header and every audit
 * trail record user names, people read names. Read once per request; a name that is not an account (the resident,
 * the system) is shown as it is.
 */
@Named
@RequestScoped
public class StaffNames {

    @Inject
    UserAccountService accounts;

    private Map<String, String> names;

    public String of(String username) {
        if (username == null || username.isEmpty()) {
            return "";
        }
        if (names == null) {
            names = accounts.fullNames();
        }
        return names.getOrDefault(username, username);
    }
}
