package vn.tdc.knowledge.search.application;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.tdc.knowledge.search.domain.IndexChunk;

/**
 * Keeps every indexed chunk small enough to analyse and quote quickly, whatever a document or an article holds: a
 * chunk whose text is longer than {@value #MAX_CHARS} characters becomes several pieces of at most that length.
 *
 * <p>Rules:
 * <ul>
 *   <li>pieces are cut between lines (paragraphs, bullets); a line longer than the limit is cut between sentences,
 *       a sentence longer than the limit between words, and a run without spaces at the limit;</li>
 *   <li>every piece keeps the chunk's anchor, citation label and heading, so a citation of any piece links to the
 *       same section; pieces are numbered ({@link IndexChunk#piece()}) and have distinct keys
 *       ({@code doc#II.4}, {@code doc#II.4@2}…); the first piece starts with the heading line as before, the
 *       others have the heading added to their context, so they are still found by the section's words;</li>
 *   <li>headings (the plans have some of 650 characters), contexts and labels longer than {@value #MAX_HEADING_CHARS} characters are shortened (at a word,
 *       with "…"), since every piece carries them;</li>
 *   <li>a chunk within the limits is returned as it is (all the portal's own documents and articles are:
 *       their longest chunk has about 1 200 characters).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ChunkSplitter {

    /** Longest text of one chunk, in characters (UTF-16 units). */
    public static final int MAX_CHARS = 4_000;
    /** Longest heading, context or citation label carried by a chunk. */
    public static final int MAX_HEADING_CHARS = 1_000;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:!?…])\\s+");

    private final int maxChars;

    public ChunkSplitter() {
        this(MAX_CHARS);
    }

    ChunkSplitter(int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must be at least 2: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** Every chunk of the list, split where needed, in order. */
    public List<IndexChunk> splitAll(List<IndexChunk> chunks) {
        List<IndexChunk> all = new ArrayList<>(chunks.size());
        chunks.forEach(c -> all.addAll(split(c)));
        return all;
    }

    /** The chunk itself when it is within the limits, else its pieces (at least two). */
    public List<IndexChunk> split(IndexChunk chunk) {
        String section = shorten(chunk.section());
        String context = shorten(chunk.context());
        String heading = shorten(chunk.heading());
        boolean shortened = !section.equals(chunk.section()) || !context.equals(chunk.context())
                || !heading.equals(chunk.heading());
        if (chunk.text().length() <= maxChars) {
            return List.of(shortened
                    ? new IndexChunk(chunk.source(), chunk.anchor(), section, context, heading, chunk.text(), chunk.piece())
                    : chunk);
        }
        List<String> texts = pieces(chunk.text());
        String laterContext = heading.isEmpty() ? context : shorten((context + "\n" + heading).strip());
        List<IndexChunk> pieces = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            pieces.add(new IndexChunk(chunk.source(), chunk.anchor(), section, i == 0 ? context : laterContext, heading,
                    texts.get(i), i + 1));
        }
        return pieces;
    }

    /** The text cut into pieces of at most {@code maxChars}, lines kept whole where they fit. */
    List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            for (String part : line.length() <= maxChars ? List.of(line) : cut(line)) {
                if (current.length() > 0 && current.length() + 1 + part.length() > maxChars) {
                    pieces.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(part);
            }
        }
        if (current.length() > 0) {
            pieces.add(current.toString());
        }
        return pieces;
    }

    /** A line longer than the limit as lines of at most the limit: whole sentences, else words, else characters. */
    private List<String> cut(String line) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : SENTENCE_END.split(line)) {
            for (String part : sentence.length() <= maxChars ? List.of(sentence) : cutWords(sentence)) {
                if (current.length() > 0 && current.length() + 1 + part.length() > maxChars) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(part);
            }
        }
        if (current.length() > 0) {
            parts.add(current.toString());
        }
        return parts;
    }

    private List<String> cutWords(String sentence) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (sentence.length() - start > maxChars) {
            int end = sentence.lastIndexOf(' ', start + maxChars);
            if (end <= start) {
                end = start + maxChars;
                if (Character.isHighSurrogate(sentence.charAt(end - 1))) {
                    end--;
                }
                parts.add(sentence.substring(start, end));
                start = end;
            } else {
                parts.add(sentence.substring(start, end));
                start = end + 1;
            }
        }
        if (start < sentence.length()) {
            parts.add(sentence.substring(start));
        }
        return parts;
    }

    /** At most {@value #MAX_HEADING_CHARS} characters, cut after a word and marked with "…". */
    static String shorten(String s) {
        if (s.length() <= MAX_HEADING_CHARS) {
            return s;
        }
        int end = s.lastIndexOf(' ', MAX_HEADING_CHARS - 1);
        if (end < MAX_HEADING_CHARS / 2) {
            end = MAX_HEADING_CHARS - 1;
            if (Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
        }
        return s.substring(0, end).strip() + "…";
    }
}
