package vn.tdc.portal.article.application;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The allow-list every article body passes before it is stored (OWASP Java HTML Sanitizer). What an editor can
 * produce with the rich-text editor survives — paragraphs, headings h2–h4, bold, italic, underline, strike, lists,
 * quotes, line breaks, links, the editor's alignment and indent classes ({@code ql-…}) and images from the portal's
 * own image store — and nothing else: no script, no style, no event handler, no {@code javascript:} URL, no
 * iframe or embed from anywhere. Links get {@code rel="nofollow noopener noreferrer"}.
 */
public final class ArticleHtmlSanitizer {

    private static final Pattern EDITOR_CLASS = Pattern.compile("(ql-[a-z0-9-]+)( ql-[a-z0-9-]+)*");
    private static final Pattern OWN_IMAGE = Pattern.compile("/tin-tuc/anh/[0-9a-f]{64}\\.(jpg|png|webp)");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");
    private static final Pattern HEADING_ONE = Pattern.compile("<(/?)h1>");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "h2", "h3", "h4", "ul", "ol", "li",
                    "blockquote", "a", "img", "span")
            .allowAttributes("class").matching(EDITOR_CLASS).onElements("p", "h2", "h3", "h4", "li", "span", "blockquote")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("src").matching(OWN_IMAGE).onElements("img")
            .allowAttributes("alt").onElements("img")
            .toFactory();

    private ArticleHtmlSanitizer() {
    }

    /** The body as it may be stored and shown; an {@code h1} (the page already has the title) becomes {@code h2}. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(HEADING_ONE.matcher(html).replaceAll("<$1h2>")).strip();
    }

    /** The text of a sanitized body (tags dropped, entities decoded, spaces collapsed). */
    public static String text(String sanitizedHtml) {
        String text = sanitizedHtml.replaceAll("<[^>]*>", " ");
        StringBuilder decoded = new StringBuilder();
        Matcher entity = ENTITY.matcher(text);
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(decode(entity.group(1))));
        }
        entity.appendTail(decoded);
        return decoded.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int codePoint = entity.startsWith("#x") || entity.startsWith("#X")
                        ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                yield Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : " ";
            }
        };
    }
}
