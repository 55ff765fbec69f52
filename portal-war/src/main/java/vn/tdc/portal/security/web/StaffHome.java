package vn.tdc.portal.security.web;

import vn.tdc.portal.user.domain.Role;

import java.util.function.Predicate;

/**
 * Where a staff member starts after logging in on {@code /dang-nhap} without a page to return to: an OFFICER (or an
 * officer who also edits) the reports inbox, an EDITOR the news list, anyone else the home page.
 */
final class StaffHome {

    static final String OFFICER_HOME = "/quan-tri/phan-anh";
    static final String EDITOR_HOME = "/quan-tri/tin-tuc";

    private StaffHome() {
    }

    static String of(Predicate<Role> hasRole) {
        if (hasRole.test(Role.OFFICER)) {
            return OFFICER_HOME;
        }
        if (hasRole.test(Role.EDITOR)) {
            return EDITOR_HOME;
        }
        return "/";
    }
}
