package vn.tdc.knowledge.document.upload;

import java.util.Arrays;
import java.util.Optional;
import vn.tdc.knowledge.search.analysis.Slug;

/** The kinds of document an editor may upload, with the name printed on them (kept in {@code DocumentMetadata.kind}). */
public enum DocumentKind {
    CHI_THI("Chỉ thị"),
    KE_HOACH("Kế hoạch"),
    QUYET_DINH("Quyết định"),
    CONG_VAN("Công văn");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /** "Kế hoạch", as written in sentences and in {@code DocumentMetadata.kind}. */
    public String label() {
        return label;
    }

    /** The kind whose label matches, ignoring case and diacritics ("ke hoach", "KẾ HOẠCH"). */
    public static Optional<DocumentKind> fromLabel(String text) {
        String folded = Slug.words(text == null ? "" : text);
        return Arrays.stream(values()).filter(k -> Slug.words(k.label).equals(folded)).findFirst();
    }
}
