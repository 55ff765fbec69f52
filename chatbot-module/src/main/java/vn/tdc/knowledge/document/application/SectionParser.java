package vn.tdc.knowledge.document.application;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdc.knowledge.document.domain.Section;
import vn.tdc.knowledge.document.domain.SectionKind;

/**
 * Splits the body of a Vietnamese administrative document into its outline.
 *
 * <p>The body is read paragraph by paragraph (one non-blank line = one paragraph). Recognised forms:
 * <ul>
 *   <li>Roman part headings: "I. MỤC ĐÍCH, YÊU CẦU", "II- NHIỆM VỤ VÀ GIẢI PHÁP";</li>
 *   <li>numbered items: "4. Đầu tư, phối hợp…" (top-level items when the document has no Roman parts); when the line is "1. Phòng Văn hoá – xã hội: Chủ trì…"
 *       the part before the colon (if short) is the heading and the rest is the item's text;</li>
 *   <li>bullets "- …" (also "–", "•", "+"), attached to the current item, or to the part when the part has
 *       no items;</li>
 *   <li>other paragraphs: text of the current item/part, or a {@link SectionKind#PARAGRAPH} child when they
 *       follow bullets (keeps reading order);</li>
 *   <li>text before the first part is the preamble; a line "* * *" or a paragraph starting "Trên đây"
 *       starts the closing; "Nơi nhận:" starts the distribution list, kept as a final
 *       {@link SectionKind#RECIPIENTS} section.</li>
 * </ul>
 */
public final class SectionParser {

    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,4})\\s*[.\\-–]\\s*(\\p{Lu}.*)$");
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-–—•+]\\s*(\\S.*)$");
    private static final Pattern CLOSING_MARK = Pattern.compile("^\\*\\s*\\*\\s*\\*$");
    private static final Pattern CLOSING_START = Pattern.compile("^Trên đây\\b.*");
    private static final Pattern RECIPIENTS = Pattern.compile("^Nơi nhận\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HEADING_BEFORE_COLON = 100;

    private enum Mode { PREAMBLE, BODY, CLOSING, RECIPIENTS }

    /** Parses a body into top-level sections: preamble (if any), parts, closing (if any), recipients (if any). */
    public List<Section> parse(String body) {
        Outline outline = new Outline();
        for (String rawLine : body.split("\\R")) {
            String line = rawLine.strip();
            if (!line.isEmpty()) {
                outline.accept(line);
            }
        }
        return outline.build();
    }

    /** Mutable state of one parse. */
    private static final class Outline {
        private final Node preamble = new Node(Section.PREAMBLE_ANCHOR, SectionKind.PREAMBLE, "");
        private final Node closing = new Node(Section.CLOSING_ANCHOR, SectionKind.CLOSING, "");
        private final Node recipients = new Node(Section.RECIPIENTS_ANCHOR, SectionKind.RECIPIENTS, "");
        private final List<Node> parts = new ArrayList<>();
        private Node part;
        private Node item;
        private Mode mode = Mode.PREAMBLE;

        void accept(String line) {
            if (RECIPIENTS.matcher(line).matches()) {
                mode = Mode.RECIPIENTS;
                return;
            }
            if (mode == Mode.RECIPIENTS) {
                recipients.addChild(SectionKind.BULLET, bulletText(line));
                return;
            }
            if (CLOSING_MARK.matcher(line).matches()) {
                mode = Mode.CLOSING;
                return;
            }
            if (mode != Mode.CLOSING && CLOSING_START.matcher(line).matches()) {
                mode = Mode.CLOSING;
            }
            if (mode == Mode.CLOSING) {
                closing.appendText(line);
                return;
            }
            Matcher m;
            if ((m = ROMAN.matcher(line)).matches()) {
                part = new Node(m.group(1), SectionKind.PART, m.group(2));
                parts.add(part);
                item = null;
                mode = Mode.BODY;
            } else if ((m = ITEM.matcher(line)).matches() && (mode == Mode.BODY || parts.isEmpty())) {
                startItem(m.group(1), m.group(2));
                mode = Mode.BODY;
            } else if ((m = BULLET.matcher(line)).matches()) {
                container().addChild(SectionKind.BULLET, m.group(1));
            } else {
                Node target = container();
                if (target.children.isEmpty()) {
                    target.appendText(line);
                } else {
                    target.addChild(SectionKind.PARAGRAPH, line);
                }
            }
        }

        private void startItem(String number, String rest) {
            String anchor = part == null ? number : part.anchor + "." + number;
            int colon = rest.indexOf(':');
            if (colon > 0 && colon <= MAX_HEADING_BEFORE_COLON) {
                item = new Node(anchor, SectionKind.ITEM, rest.substring(0, colon));
                item.appendText(rest.substring(colon + 1));
            } else {
                item = new Node(anchor, SectionKind.ITEM, rest);
            }
            if (part == null) {
                parts.add(item);
            } else {
                part.children.add(item);
            }
        }

        private Node container() {
            if (mode == Mode.PREAMBLE) {
                return preamble;
            }
            return item != null ? item : part;
        }

        private static String bulletText(String line) {
            Matcher m = BULLET.matcher(line);
            return m.matches() ? m.group(1) : line;
        }

        List<Section> build() {
            List<Section> sections = new ArrayList<>();
            if (!preamble.isEmpty()) {
                sections.add(preamble.toSection());
            }
            parts.forEach(p -> sections.add(p.toSection()));
            if (!closing.isEmpty()) {
                sections.add(closing.toSection());
            }
            if (!recipients.isEmpty()) {
                sections.add(recipients.toSection());
            }
            return sections;
        }
    }

    /** Builder of one section. */
    private static final class Node {
        private final String anchor;
        private final SectionKind kind;
        private final String heading;
        private final StringBuilder text = new StringBuilder();
        private final List<Object> children = new ArrayList<>();

        Node(String anchor, SectionKind kind, String heading) {
            this.anchor = anchor;
            this.kind = kind;
            this.heading = heading.strip();
        }

        void appendText(String line) {
            String t = line.strip();
            if (t.isEmpty()) {
                return;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(t);
        }

        void addChild(SectionKind childKind, String line) {
            int ordinal = (int) children.stream().filter(c -> c instanceof Section).count() + 1;
            children.add(new Section(anchor + "-" + ordinal, childKind, "", line, List.of()));
        }

        boolean isEmpty() {
            return text.length() == 0 && children.isEmpty();
        }

        Section toSection() {
            List<Section> built = new ArrayList<>();
            for (Object child : children) {
                built.add(child instanceof Node n ? n.toSection() : (Section) child);
            }
            return new Section(anchor, kind, heading, text.toString(), built);
        }
    }
}
