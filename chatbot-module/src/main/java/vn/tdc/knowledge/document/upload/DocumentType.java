package vn.tdc.knowledge.document.upload;

/** The formats an upload may have, as recognised by {@link DocumentTypeDetector} from the file's content. */
public enum DocumentType {
    PDF("PDF"),
    DOCX("DOCX"),
    TEXT("TXT"),
    MARKDOWN("Markdown");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    /** The name shown to editors: "PDF", "DOCX", "TXT", "Markdown". */
    public String label() {
        return label;
    }
}
