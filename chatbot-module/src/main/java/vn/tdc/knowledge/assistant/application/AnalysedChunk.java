package vn.tdc.knowledge.assistant.application;

import java.util.ArrayList;
import java.util.List;
import vn.tdc.knowledge.search.analysis.WordSplitter;
import vn.tdc.knowledge.search.analysis.WordSplitter.Word;
import vn.tdc.knowledge.search.application.SearchPlan;
import vn.tdc.knowledge.search.domain.IndexChunk;

/**
 * An indexed chunk cut into answer units: one per line (heading line, paragraph, bullet), long
 * paragraphs further cut into sentences, each with its token bag, plus bags for the heading, the whole
 * passage and the source title (used as context when scoring a unit). Immutable; cached per chunk by
 * {@link AnalysedChunkCache}.
 */
final class AnalysedChunk {

    /** One quotable piece of a passage. */
    record Unit(int index, String text, boolean heading, TokenBag bag) {
    }

    private static final int SENTENCE_SPLIT_LENGTH = 320;
    /** Shorter pieces ("1.", "Mục đích.") stay attached to the next sentence. */
    private static final int MIN_SENTENCE_LENGTH = 30;
    private static final int MAX_CONTEXT_HEADING = 160;
    private static final int MAX_FOCUS_HEADING = 80;

    final IndexChunk chunk;
    final List<Unit> units;
    final TokenBag headingBag;
    private final List<String> headingWords;
    final TokenBag passageBag;
    final TokenBag titleBag;
    /** How the question may name the document itself: its kind, number and issuer ("kế hoạch của Tỉnh ủy Tiền Giang"). */
    final TokenBag referenceBag;

    AnalysedChunk(IndexChunk chunk, WordSplitter splitter) {
        this.chunk = chunk;
        String heading = chunk.heading();
        List<Unit> list = new ArrayList<>();
        String[] lines = chunk.text().split("\n");
        for (int i = 0; i < lines.length; i++) {
            boolean isHeading = i == 0 && !heading.isEmpty() && lines[i].startsWith(heading);
            for (String piece : pieces(lines[i])) {
                list.add(new Unit(list.size(), piece, isHeading && piece.equals(lines[i]) && lines[i].length() <= heading.length() + 2,
                        new TokenBag(splitter.split(piece))));
            }
        }
        this.units = List.copyOf(list);
        List<Word> headingSplit = heading.isEmpty() || heading.length() > MAX_CONTEXT_HEADING ? List.of() : splitter.split(heading);
        this.headingBag = new TokenBag(headingSplit);
        this.headingWords = heading.length() > MAX_FOCUS_HEADING ? List.of()
                : headingSplit.stream().map(Word::folded).filter(w -> !w.chars().allMatch(Character::isDigit)).distinct().toList();
        List<Word> all = new ArrayList<>(splitter.split(chunk.context()));
        all.addAll(splitter.split(chunk.text()));
        this.passageBag = new TokenBag(all);
        this.titleBag = new TokenBag(splitter.split(chunk.source().title()));
        this.referenceBag = new TokenBag(splitter.split(chunk.source().reference() + " " + chunk.source().issuer()));
    }

    /**
     * Share of the heading's syllables that are question terms: 1.0 when the section is titled with the
     * question's words ("Mục đích", "Trung tâm cung ứng dịch vụ sự nghiệp công"), 0 without a short heading.
     */
    double headingFocus(SearchPlan plan) {
        if (headingWords.isEmpty()) {
            return 0;
        }
        long inQuestion = headingWords.stream()
                .filter(w -> plan.terms().stream().anyMatch(t -> t.folded().equals(w)))
                .count();
        return (double) inQuestion / headingWords.size();
    }

    /** A line, or its sentences when it is long. */
    private static List<String> pieces(String line) {
        String text = line.strip();
        if (text.length() <= SENTENCE_SPLIT_LENGTH) {
            return List.of(text);
        }
        List<String> sentences = new ArrayList<>();
        String pending = "";
        for (String s : text.split("(?<=[.;])\\s+(?=[\\p{Lu}\\d-])")) {
            String piece = (pending + " " + s).strip();
            if (piece.length() < MIN_SENTENCE_LENGTH) {
                pending = piece;
            } else {
                sentences.add(piece);
                pending = "";
            }
        }
        if (!pending.isEmpty()) {
            sentences.add(pending);
        }
        return sentences;
    }
}
