package vn.tdc.portal.document.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.document.application.DocumentCatalog;
import vn.tdc.portal.document.application.DocumentDetail;


/** One document ({@code /van-ban/{id}}): identification, table of contents, sections with anchors. */
@Named
@RequestScoped
public class DocumentPage {

    @Inject
    DocumentCatalog catalog;

    @Inject
    FacesContext faces;

    private String id;
    private DocumentDetail document;

    /**
     * An unknown id answers 404 with the not-found notice in the page itself: the page is reached through a
     * forward ({@link DocumentPathFilter}), after which the container can no longer dispatch to an error page.
     */
    public void load() {
        document = catalog.find(id).orElse(null);
        if (document == null) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public DocumentDetail getDocument() {
        return document;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
