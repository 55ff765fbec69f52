package vn.tdc.portal.open311.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.open311.application.ApiKeyService;
import vn.tdc.portal.open311.application.ApiKeyView;
import vn.tdc.portal.open311.application.IssuedApiKey;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The administrator's Open311 keys page: list, issue (the key is shown once), revoke. */
@Named
@ViewScoped
public class ApiKeyAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PortalTime.ZONE);

    @Inject
    ApiKeyService keys;

    private List<ApiKeyView> issued;
    private String label;
    /** The plaintext of the key just issued; never serialized, gone with the view. */
    private transient String newKey;
    private String newKeyLabel;

    @PostConstruct
    void load() {
        issued = keys.list();
    }

    public void issue() {
        String admin = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        try {
            IssuedApiKey key = keys.issue(label, admin);
            newKey = key.key();
            newKeyLabel = key.label();
            label = null;
            message(FacesMessage.SEVERITY_INFO, Messages.format("open311.keys.issued", key.label()));
            load();
        } catch (ProblemException e) {
            newKey = null;
            String text = e.fields().isEmpty() ? e.getMessage() : e.fields().get(0).message();
            message(FacesMessage.SEVERITY_ERROR, text);
        }
    }

    public void revoke(ApiKeyView key) {
        try {
            keys.revoke(key.id());
            newKey = null;
            message(FacesMessage.SEVERITY_INFO, Messages.format("open311.keys.revoked", key.label()));
            load();
        } catch (ProblemException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    /** "21/11/2026 18:05", Vietnam time. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<ApiKeyView> getKeys() {
        return issued;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getNewKey() {
        return newKey;
    }

    public String getNewKeyLabel() {
        return newKeyLabel;
    }
}
