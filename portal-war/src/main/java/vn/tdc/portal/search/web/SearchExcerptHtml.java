package vn.tdc.portal.search.web;

import java.util.List;

/**
 * An excerpt as HTML: every character escaped, then the highlighted stretches wrapped in {@code <mark>}. The text
 * comes from documents and articles (an article may quote "&lt;script&gt;"), so nothing in it is ever markup.
 */
final class SearchExcerptHtml {

    private SearchExcerptHtml() {
    }

    /**
     * @param highlights [start, end) pairs into {@code text}, in order and not overlapping; pairs out of range or
     *                   out of order are ignored
     */
    static String of(String text, List<List<Integer>> highlights) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 16 * highlights.size());
        int at = 0;
        for (List<Integer> h : highlights) {
            int start = h.get(0);
            int end = h.get(1);
            if (start < at || end <= start || end > text.length()) {
                continue;
            }
            escape(text, at, start, html);
            html.append("<mark>");
            escape(text, start, end, html);
            html.append("</mark>");
            at = end;
        }
        escape(text, at, text.length(), html);
        return html.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
