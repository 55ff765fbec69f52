package vn.tdc.portal.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A postback whose view state the server no longer has (the session expired, the server restarted, or the state
 * was made up) is the visitor's situation, not a server failure: a plain postback gets the page "Phiên làm việc đã
 * hết hạn" with status 400; an AJAX postback is told to go to that page (a partial-response redirect, which the
 * browser follows) instead of receiving the exception's class name. Every other exception goes to the
 * implementation's handler as before.
 */
public class ExpiredViewExceptionHandler extends ExceptionHandlerWrapper {

    /** The page that explains it; also reachable at {@code /loi/het-phien}. */
    static final String EXPIRED_VIEW = "/loi/het-phien.xhtml";

    public ExpiredViewExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (isExpiredView(events.next().getContext().getException())) {
                events.remove();
                if (!faces.getResponseComplete()) {
                    showExpiredPage(faces);
                }
            }
        }
        getWrapped().handle();
    }

    static boolean isExpiredView(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void showExpiredPage(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            try {
                external.redirect(external.getRequestContextPath() + "/loi/het-phien");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        external.setResponseStatus(400);
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, EXPIRED_VIEW));
        faces.renderResponse();
    }
}
