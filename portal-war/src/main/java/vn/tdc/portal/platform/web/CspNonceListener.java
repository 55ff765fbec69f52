package vn.tdc.portal.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Draws the CSP nonce of a page requested with GET before PrimeFaces does, without opening a session.
 *
 * <p>PrimeFaces keeps a page's nonce in the view map, to check it when the page is posted back. It draws the nonce
 * before the view is built, when every view still looks stateful, so each page would get a view map and Mojarra
 * would open a session for it (see {@link FormlessViewListener}): every anonymous reader would cost a session. Here
 * the nonce is drawn first, while the view is marked transient so that PrimeFaces keeps it out of the view map;
 * {@link FormlessViewListener} puts it there for the views that stay stateful, those with a form.
 */
public class CspNonceListener implements PhaseListener {

    private static final long serialVersionUID = 1L;
    /** Where PrimeFaces looks for the nonce in the view map ({@code Constants.RequestParams.NONCE_PARAM}). */
    static final String VIEW_MAP_KEY = "primefaces.nonce";

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        if (view == null || faces.isPostback() || faces.getPartialViewContext().isAjaxRequest() || !cspEnabled(faces)) {
            return;
        }
        boolean wasTransient = view.isTransient();
        view.setTransient(true);
        try {
            PrimeFacesContext.getCspState(faces).getNonce();
        } finally {
            view.setTransient(wasTransient);
        }
    }

    /** Keeps the nonce of a page that can be posted back where PrimeFaces checks it. */
    static void bindToView(FacesContext faces, UIViewRoot view) {
        if (cspEnabled(faces)) {
            view.getViewMap(true).put(VIEW_MAP_KEY, PrimeFacesContext.getCspState(faces).getNonce());
        }
    }

    private static boolean cspEnabled(FacesContext faces) {
        return PrimeApplicationContext.getCurrentInstance(faces).getConfig().isCsp();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
