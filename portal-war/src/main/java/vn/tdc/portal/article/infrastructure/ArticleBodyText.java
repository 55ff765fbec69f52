package vn.tdc.portal.article.infrastructure;

import org.owasp.html.HtmlSanitizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of an article body (sanitized HTML) as lines: each block element (paragraph, list item, quote,
 * heading, line break) starts a line, list items start with "- ", entities are decoded, white space is collapsed
 * and empty lines are dropped. Script, style and similar elements contribute nothing (the sanitizer removes them
 * anyway). Parsed with the OWASP sanitizer's lexer, which balances the tags.
 */
final class ArticleBodyText {

    /** What a line is: a section heading ({@code h2}, {@code h3}) or body text. */
    enum Kind { HEADING_2, HEADING_3, TEXT }

    record Line(Kind kind, String text) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "blockquote", "pre", "hr",
            "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "section", "article", "figure",
            "figcaption", "dl", "dt", "dd", "header", "footer", "aside", "address");
    private static final Set<String> SILENT = Set.of("script", "style", "template", "noscript", "iframe", "object",
            "embed", "svg", "math", "textarea", "select", "head", "title");

    private ArticleBodyText() {
    }

    static List<Line> lines(String html) {
        Collector collector = new Collector();
        HtmlSanitizer.sanitize(html == null ? "" : html, collector);
        collector.flush();
        return List.copyOf(collector.lines);
    }

    private static final class Collector implements HtmlSanitizer.Policy {

        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private Kind kind = Kind.TEXT;
        private String prefix = "";
        private int silentDepth;

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String element, List<String> attributes) {
            if (SILENT.contains(element)) {
                silentDepth++;
                return;
            }
            if (BLOCKS.contains(element)) {
                flush();
                if (element.equals("h2")) {
                    kind = Kind.HEADING_2;
                } else if (element.equals("h3")) {
                    kind = Kind.HEADING_3;
                } else if (element.equals("li")) {
                    prefix = "- ";
                }
            }
        }

        @Override
        public void closeTag(String element) {
            if (SILENT.contains(element)) {
                silentDepth = Math.max(0, silentDepth - 1);
                return;
            }
            if (BLOCKS.contains(element)) {
                flush();
                kind = Kind.TEXT;
                prefix = "";
            }
        }

        @Override
        public void text(String text) {
            if (silentDepth == 0) {
                current.append(text);
            }
        }

        /** Ends the current line; a line that ends empty keeps its kind for the text that follows. */
        void flush() {
            String text = current.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            current.setLength(0);
            if (!text.isEmpty()) {
                lines.add(new Line(kind, kind == Kind.TEXT ? prefix + text : text));
                kind = Kind.TEXT;
                prefix = "";
            }
        }
    }
}
