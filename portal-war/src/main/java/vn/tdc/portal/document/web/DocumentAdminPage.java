package vn.tdc.portal.document.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import vn.tdc.portal.document.application.DocumentFields;
import vn.tdc.portal.document.application.DocumentUploadService;
import vn.tdc.portal.document.application.ManagedDocument;
import vn.tdc.portal.document.application.UploadRejections;
import vn.tdc.knowledge.document.upload.DocumentKind;
import vn.tdc.knowledge.document.upload.UploadedFile;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.platform.web.ProblemMessages;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Document management ({@code /quan-tri/van-ban}, EDITOR and ADMIN): the library with replace and delete, and the
 * upload form. The file is uploaded first (progress bar) and only checked for its type; "Lưu văn bản" then reads,
 * stores and indexes it with the metadata (the page is blocked while that runs).
 */
@Named
@ViewScoped
public class DocumentAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "upload";
    private static final String LIBRARY_TABLE = "library:table";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(PortalTime.ZONE);

    @Inject
    DocumentUploadService documents;

    private List<ManagedDocument> library;
    private DocumentFields form = newForm();
    private String editingId;
    private String editingTitle;
    /** The file received and waiting for "Lưu văn bản"; kept in memory only for this view (at most 20 MB). */
    private transient UploadedFile pendingFile;
    private String pendingFileLabel;
    private ManagedDocument saved;

    @PostConstruct
    void load() {
        library = documents.list();
    }

    /** A file arrived: it is checked for its type at once and waits for "Lưu văn bản". */
    public void receive(FileUploadEvent event) {
        saved = null;
        org.primefaces.model.file.UploadedFile uploaded = event.getFile();
        UploadedFile file = new UploadedFile(uploaded.getContent(), uploaded.getFileName(), uploaded.getContentType());
        try {
            String type = documents.checkFile(file);
            pendingFile = file;
            pendingFileLabel = Messages.format("documentsAdmin.filePending", file.originalFilename(), type,
                    ManagedDocument.FileView.readable(file.size()));
        } catch (ProblemException e) {
            clearPendingFile();
            show(e);
        }
    }

    /** Reads, stores and indexes the document: a new one, or a replacement of the one being edited. */
    public void save() {
        try {
            String user = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
            if (editingId == null) {
                if (pendingFile == null) {
                    show(UploadRejections.invalid(UploadRejections.FILE_FIELD,
                            Messages.get("document.error.file_missing")));
                    return;
                }
                saved = documents.create(pendingFile, form, user);
                ProblemMessages.info(null, Messages.format("documentsAdmin.created", saved.id()));
            } else {
                saved = documents.replace(editingId, Optional.ofNullable(pendingFile), form, user);
                ProblemMessages.info(null, Messages.format("documentsAdmin.replaced", saved.id()));
            }
            startNew();
            load();
        } catch (ProblemException e) {
            show(e);
        }
    }

    /** Puts a document's metadata into the form for a replacement (a new file is optional). */
    public void edit(ManagedDocument document) {
        form = DocumentFields.of(document);
        editingId = document.id();
        editingTitle = document.title();
        clearPendingFile();
        saved = null;
    }

    public void cancelEdit() {
        startNew();
        saved = null;
    }

    public void delete(ManagedDocument document) {
        try {
            documents.delete(document.id(), FacesContext.getCurrentInstance().getExternalContext()
                    .getUserPrincipal().getName());
            libraryMessage(FacesMessage.SEVERITY_INFO, Messages.format("documentsAdmin.deleted", document.id()));
            if (document.id().equals(editingId)) {
                startNew();
                PrimeFaces.current().ajax().update(FORM);
            }
            saved = null;
            load();
        } catch (ProblemException e) {
            libraryMessage(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    /** "21/11/2026 18:05", Vietnam time. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    private void startNew() {
        form = newForm();
        editingId = null;
        editingTitle = null;
        clearPendingFile();
    }

    private void clearPendingFile() {
        pendingFile = null;
        pendingFileLabel = null;
    }

    private static DocumentFields newForm() {
        DocumentFields fields = new DocumentFields();
        fields.setKind(DocumentKind.KE_HOACH.name());
        return fields;
    }

    /** Each field problem next to its input (when the form has it) and in the summary at the top of the form. */
    private static void show(ProblemException e) {
        if (e.fields().isEmpty()) {
            ProblemMessages.error(null, e.getMessage());
            return;
        }
        ProblemMessages.showAtInputs(e, FORM);
        e.fields().forEach(field -> ProblemMessages.error(null, field.message()));
    }

    /** Messages about the library's rows, shown above the table rather than at the upload form. */
    private static void libraryMessage(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(LIBRARY_TABLE, new FacesMessage(severity, text, null));
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public long getMaxFileBytes() {
        return documents.maxFileBytes();
    }

    /** "Nội dung chữ của một văn bản tối đa 1.000.000 ký tự…". */
    public String getTextLimitHint() {
        return Messages.format("documentsAdmin.textLimitHint", documents.maxTextChars());
    }

    public List<ManagedDocument> getLibrary() {
        return library;
    }

    public DocumentFields getForm() {
        return form;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getEditingTitle() {
        return editingTitle;
    }

    public boolean isFilePending() {
        return pendingFile != null;
    }

    public String getPendingFileLabel() {
        return pendingFileLabel;
    }

    public ManagedDocument getSaved() {
        return saved;
    }
}
