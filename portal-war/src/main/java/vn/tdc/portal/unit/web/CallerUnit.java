package vn.tdc.portal.unit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.user.domain.Role;

import java.security.Principal;

/** What pages need to know of the signed-in account's unit: whether it administers the whole platform. */
@Named
@RequestScoped
public class CallerUnit {

    @Inject
    CallerScopes scopes;

    /** An ADMIN of the root unit: the one who manages units, the report catalog and the Open311 keys. */
    public boolean isPlatformAdministrator() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        Principal caller = external.getUserPrincipal();
        return caller != null && external.isUserInRole(Role.ADMIN_NAME) && scopes.of(caller.getName()).isAll();
    }
}
