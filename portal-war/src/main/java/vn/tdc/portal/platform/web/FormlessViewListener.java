package vn.tdc.portal.platform.web;

import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import java.util.Set;

/**
 * Pages that cannot be posted back do not open an HTTP session. With server-side state saving, Mojarra opens a
 * session before it renders any view that is not transient, form or no form
 * ({@code FaceletViewHandlingStrategy.renderView}): every reader without a cookie (a first visit, a crawler, a
 * load test) would cost a session kept 30 minutes. A view rendered for a GET that has no rendered form can never
 * be posted back, so its state would never be read: it is made transient (stateless) just before it is rendered.
 * Views with a form keep their state: the report form, tracking, the assistant page, login, administration and,
 * through the logout form, every page of a logged-in user. Registered in {@code faces-config.xml} for
 * {@code PreRenderViewEvent}, which Mojarra publishes after building the view and before rendering it. A view that
 * stays stateful keeps its CSP nonce in its view map (see {@link CspNonceListener}).
 */
public class FormlessViewListener implements SystemEventListener {

    private static final Set<VisitHint> RENDERED_ONLY = Set.of(VisitHint.SKIP_UNRENDERED);

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = (UIViewRoot) event.getSource();
        if (!faces.isPostback() && !view.isTransient()) {
            if (hasRenderedForm(faces, view)) {
                CspNonceListener.bindToView(faces, view);
            } else {
                view.setTransient(true);
            }
        }
    }

    private static boolean hasRenderedForm(FacesContext faces, UIViewRoot view) {
        VisitContext visit = VisitContext.createVisitContext(faces, null, RENDERED_ONLY);
        return view.visitTree(visit, (context, component) ->
                component instanceof UIForm ? VisitResult.COMPLETE : VisitResult.ACCEPT);
    }
}
