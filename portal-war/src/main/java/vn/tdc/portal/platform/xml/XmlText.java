package vn.tdc.portal.platform.xml;

/** Text as XML 1.0 may carry it: StAX escapes markup but writes characters XML forbids (most control characters). */
public final class XmlText {

    private XmlText() {
    }

    /** The text without the characters XML 1.0 does not allow; empty for null. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (allowed && clean != null) {
                clean.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return clean == null ? text : clean.toString();
    }
}
