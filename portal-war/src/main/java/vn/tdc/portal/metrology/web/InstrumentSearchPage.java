package vn.tdc.portal.metrology.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.metrology.application.InstrumentAddress;
import vn.tdc.portal.metrology.application.InstrumentLookup;
import vn.tdc.portal.metrology.application.PublicInstrumentView;

import java.util.Optional;

/**
 * The platform's QR scanner ({@code /tra-cuu-phuong-tien-do}): a phone reads an instrument's sticker with its camera
 * (the browser's own {@code BarcodeDetector}, where there is one) or the resident types the code under it; either
 * way the code arrives as {@code ?ma=} and the resident is sent (303) to the instrument's page in its ward. What a
 * scanner read may be the whole address of a QR page: its last path segment is the code. An unknown code answers 404
 * with the form again.
 */
@Named
@RequestScoped
public class InstrumentSearchPage {

    @Inject
    InstrumentLookup lookup;

    @Inject
    FacesContext faces;

    private String typed;
    private boolean notFound;

    public void load() {
        if (typed == null || typed.isBlank()) {
            return;
        }
        Optional<PublicInstrumentView> found = lookup.find(codeIn(typed));
        if (found.isEmpty()) {
            notFound = true;
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        faces.getExternalContext().setResponseStatus(303);
        faces.getExternalContext().setResponseHeader("Location", faces.getExternalContext().getRequestContextPath()
                + InstrumentAddress.of(found.get().wardSlug(), found.get().code()));
        faces.responseComplete();
    }

    /**
     * The code in what was typed or scanned: the text itself, or the last path segment of an address
     * ({@code https://…/xa-dong-cuu/phuong-tien-do/K7M2Q9XA?x=1} → {@code K7M2Q9XA}).
     */
    static String codeIn(String value) {
        String text = value.strip();
        int query = text.indexOf('?');
        if (query >= 0) {
            text = text.substring(0, query);
        }
        int fragment = text.indexOf('#');
        if (fragment >= 0) {
            text = text.substring(0, fragment);
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.contains("/") ? text.substring(text.lastIndexOf('/') + 1) : text;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }
}
