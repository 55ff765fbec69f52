package vn.tdc.portal.article.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the rich-text editor (Quill 2, inside {@code p:textEditor}) produces into plain semantic HTML before
 * it is saved. Quill 2 writes every list as {@code <ol>} and tells bullets from numbers only by
 * {@code <li data-list="bullet">}, an attribute the article sanitizer drops — a bulleted list would be published
 * numbered. Runs of bullet items become {@code <ul>}, numbered ones {@code <ol>}; Quill's own list markers
 * ({@code <span class="ql-ui">}) go.
 */
final class QuillHtml {

    private static final Pattern LIST = Pattern.compile("<ol>(.*?)</ol>", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<li([^>]*)>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern KIND = Pattern.compile("\\sdata-list=\"([a-z]+)\"");
    private static final Pattern MARKER = Pattern.compile("<span class=\"ql-ui\"[^>]*>\\s*</span>");

    private QuillHtml() {
    }

    static String semantic(String html) {
        if (html == null || !html.contains("data-list=")) {
            return html;
        }
        Matcher list = LIST.matcher(html);
        StringBuilder out = new StringBuilder();
        while (list.find()) {
            list.appendReplacement(out, Matcher.quoteReplacement(lists(list.group(1))));
        }
        list.appendTail(out);
        return MARKER.matcher(out).replaceAll("");
    }

    /** The items of one Quill list container, as consecutive {@code <ul>}/{@code <ol>} lists. */
    private static String lists(String items) {
        StringBuilder out = new StringBuilder();
        String open = null;
        Matcher item = ITEM.matcher(items);
        while (item.find()) {
            Matcher kind = KIND.matcher(item.group(1));
            String tag = !kind.find() || "ordered".equals(kind.group(1)) ? "ol" : "ul";
            if (!tag.equals(open)) {
                if (open != null) {
                    out.append("</").append(open).append('>');
                }
                out.append('<').append(tag).append('>');
                open = tag;
            }
            out.append("<li").append(KIND.matcher(item.group(1)).replaceAll("")).append('>').append(item.group(2))
                    .append("</li>");
        }
        if (open == null) {
            return "<ol>" + items + "</ol>";
        }
        return out.append("</").append(open).append('>').toString();
    }
}
