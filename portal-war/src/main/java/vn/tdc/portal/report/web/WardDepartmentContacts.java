package vn.tdc.portal.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.report.application.WardDepartmentView;
import vn.tdc.portal.report.application.WardDepartments;
import vn.tdc.portal.unit.web.CurrentWard;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The footer's list of the current ward's departments and how to reach them (where the ward gave contacts). */
@Named
@RequestScoped
public class WardDepartmentContacts {

    @Inject
    CurrentWard currentWard;

    @Inject
    WardDepartments departments;

    private static final Logger LOG = Logger.getLogger(WardDepartmentContacts.class.getName());

    private List<WardDepartmentView> list;

    /** The ward's active departments; none when they cannot be read, so that the footer never breaks a page. */
    public List<WardDepartmentView> getDepartments() {
        if (list == null) {
            try {
                list = departments.activeOf(currentWard.getWard().id());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The footer shows no departments: they could not be read", e);
                list = List.of();
            }
        }
        return list;
    }

    /** The number as a {@code tel:} address: digits and a leading plus only. */
    public static String tel(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9+]", "");
    }

    public String telOf(String phone) {
        return tel(phone);
    }
}
