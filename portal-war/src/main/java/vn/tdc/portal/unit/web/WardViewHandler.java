package vn.tdc.portal.unit.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import vn.tdc.portal.unit.application.UnitView;

import java.util.List;
import java.util.Map;

/**
 * Keeps a ward's pages under the ward's address: on a request that came by {@code /{ward}/…}, a form of the page
 * posts back to that address (so the post is served with the same ward) and links and redirects to residents' views
 * ({@code /phan-anh.xhtml}) become the ward's ({@code /xa-dong-cuu/phan-anh}). Resource addresses are left alone.
 */
public class WardViewHandler extends ViewHandlerWrapper {

    public WardViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = getWrapped().getActionURL(context, viewId);
        HttpServletRequest request = wardRequest(context);
        if (request == null) {
            return url;
        }
        String asked = (String) request.getAttribute(CurrentWard.PATH_ATTRIBUTE);
        if (asked != null && viewId != null && viewId.equals(currentViewId(context))) {
            return asked;
        }
        return WardPaths.inWard(request.getContextPath(), slug(request), url);
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        return inWard(context, getWrapped().getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        return inWard(context, getWrapped().getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String inWard(FacesContext context, String url) {
        HttpServletRequest request = wardRequest(context);
        return request == null ? url : WardPaths.inWard(request.getContextPath(), slug(request), url);
    }

    private static HttpServletRequest wardRequest(FacesContext context) {
        if (context.getExternalContext().getRequest() instanceof HttpServletRequest request
                && request.getAttribute(CurrentWard.ATTRIBUTE) instanceof UnitView) {
            return request;
        }
        return null;
    }

    private static String slug(HttpServletRequest request) {
        return ((UnitView) request.getAttribute(CurrentWard.ATTRIBUTE)).slug();
    }

    private static String currentViewId(FacesContext context) {
        return context.getViewRoot() == null ? null : context.getViewRoot().getViewId();
    }
}
