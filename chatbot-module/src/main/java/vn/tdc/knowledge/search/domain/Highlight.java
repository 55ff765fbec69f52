package vn.tdc.knowledge.search.domain;

/**
 * A stretch of text to highlight: the characters [{@code start}, {@code end}) of a string, counted in UTF-16 code
 * units (Java and JavaScript string indexes).
 */
public record Highlight(int start, int end) {

    public Highlight {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad highlight [" + start + ", " + end + ")");
        }
    }
}
