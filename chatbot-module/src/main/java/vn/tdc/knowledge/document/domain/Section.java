package vn.tdc.knowledge.document.domain;

import java.util.List;
import java.util.Objects;

/**
 * One node of a document's outline.
 *
 * <p>Anchors are number paths: a part is "II", an item "II.4", the second bullet of that item
 * "II.4-2". Preamble, closing and recipients use the fixed anchors {@link #PREAMBLE_ANCHOR},
 * {@link #CLOSING_ANCHOR} and {@link #RECIPIENTS_ANCHOR}. The citation {@link #label()} of a
 * numbered section is "anchor — heading", e.g. "II.4 — Đầu tư, phối hợp xây dựng cơ sở dữ liệu".
 *
 * @param heading the heading line without its number (for bullets and paragraphs: empty)
 * @param text    the section's own text (for an item "1. Phòng X: Chủ trì…" this is "Chủ trì…";
 *                for bullets and paragraphs the whole line)
 */
public record Section(String anchor, SectionKind kind, String heading, String text, List<Section> children) {

    public static final String PREAMBLE_ANCHOR = "MĐ";
    public static final String CLOSING_ANCHOR = "KL";
    public static final String RECIPIENTS_ANCHOR = "NN";

    private static final int LABEL_HEADING_MAX = 90;

    public Section {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(kind, "kind");
        heading = heading == null ? "" : heading.strip();
        text = text == null ? "" : text.strip();
        children = List.copyOf(children);
    }

    /** Citation label: "II.4 — Đầu tư, …", "II.4 (ý 2)", "Phần mở đầu". */
    public String label() {
        return switch (kind) {
            case PREAMBLE -> "Phần mở đầu";
            case CLOSING -> "Phần kết";
            case RECIPIENTS -> "Nơi nhận";
            case BULLET, PARAGRAPH -> {
                int dash = anchor.lastIndexOf('-');
                yield dash < 0 ? anchor : anchor.substring(0, dash) + " (ý " + anchor.substring(dash + 1) + ")";
            }
            case PART, ITEM -> heading.isEmpty() ? anchor : anchor + " — " + shortHeading();
        };
    }

    /**
     * The anchor a citation {@link #label()} points at: "II.4 — Đầu tư…" → "II.4", "II.4 (ý 2)" → "II.4-2",
     * "Phần mở đầu" → "MĐ". Lets a citation link to its section without carrying the anchor separately.
     */
    public static String anchorOfLabel(String label) {
        if (label == null || label.isBlank()) {
            return "";
        }
        return switch (label) {
            case "Phần mở đầu" -> PREAMBLE_ANCHOR;
            case "Phần kết" -> CLOSING_ANCHOR;
            case "Nơi nhận" -> RECIPIENTS_ANCHOR;
            default -> {
                int dash = label.indexOf(" — ");
                if (dash > 0) {
                    yield label.substring(0, dash);
                }
                int bullet = label.indexOf(" (ý ");
                if (bullet > 0 && label.endsWith(")")) {
                    yield label.substring(0, bullet) + "-" + label.substring(bullet + 4, label.length() - 1);
                }
                yield label;
            }
        };
    }

    /** The heading cut to a readable length at a word boundary, without trailing punctuation. */
    public String shortHeading() {
        String h = heading.replaceAll("[\\s.:;,]+$", "");
        if (h.length() <= LABEL_HEADING_MAX) {
            return h;
        }
        int cut = h.lastIndexOf(' ', LABEL_HEADING_MAX);
        return h.substring(0, cut > 0 ? cut : LABEL_HEADING_MAX).replaceAll("[\\s.:;,]+$", "") + "…";
    }

    /** Whether the section may be used to answer questions (the distribution list may not). */
    public boolean answerable() {
        return kind != SectionKind.RECIPIENTS;
    }

    /** The number as printed in the document: "II" → "II.", "II.4" → "4.", otherwise empty. */
    public String printedNumber() {
        return switch (kind) {
            case PART -> anchor + ".";
            case ITEM -> anchor.substring(anchor.lastIndexOf('.') + 1) + ".";
            default -> "";
        };
    }
}
