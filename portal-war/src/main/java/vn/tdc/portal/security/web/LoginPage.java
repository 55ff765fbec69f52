package vn.tdc.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.security.LoginWait;
import vn.tdc.portal.security.PortalAuthenticationMechanism;

import java.io.IOException;
import java.time.Duration;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The staff login form. After a good login it returns to the page that asked for it, or to the staff member's
 * starting page ({@link StaffHome}); a login refused by the throttle says how long to wait.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(external.getRequestContextPath() + SafeRedirect.target(next, home()));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failure(request), null));
        }
        password = null;
    }

    /** Where staff start when the login page was opened directly: officers the inbox, editors the news list. */
    private String home() {
        return StaffHome.of(role -> securityContext.isCallerInRole(role.name()));
    }

    private static String failure(HttpServletRequest request) {
        if (request.getAttribute(PortalAuthenticationMechanism.THROTTLED) instanceof Duration wait) {
            return Messages.format("login.throttled", LoginWait.text(wait));
        }
        return Messages.get("login.failed");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
