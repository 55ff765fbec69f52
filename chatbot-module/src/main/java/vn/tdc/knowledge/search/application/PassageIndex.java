package vn.tdc.knowledge.search.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.Passage;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

/**
 * What answerers need from the full-text index (implemented by the Lucene {@code DocumentIndex}).
 * Implementations must be thread-safe.
 */
public interface PassageIndex {

    /** Plans a free-text query against the current content (its places and vocabulary). */
    SearchPlan plan(String query, int limit, Optional<SourceType> type);

    /** Runs a plan; whole passages, best first. */
    List<Passage> retrieve(SearchPlan plan);

    /** Inverse document frequency of each folded syllable over the indexed chunks. */
    double[] inverseDocumentFrequencies(List<String> foldedTerms);

    /** Inverse document frequency of each folded syllable over the chunks of directives and plans only. */
    double[] documentInverseFrequencies(List<String> foldedTerms);

    /** How many of these folded syllables or syllable bigrams ("do luong") occur in the indexed text. */
    int countKnownTerms(List<String> foldedTerms);

    /** How many of these folded syllables or syllable bigrams occur in the directives and plans (not in articles). */
    int countKnownDocumentTerms(List<String> foldedTerms);

    /** Which of these folded syllables or syllable bigrams occur in the indexed text, in order. */
    default boolean[] knownTerms(List<String> foldedTerms) {
        boolean[] known = new boolean[foldedTerms.size()];
        for (int i = 0; i < known.length; i++) {
            known[i] = countKnownTerms(List.of(foldedTerms.get(i))) > 0;
        }
        return known;
    }

    /** Whether one indexed chunk contains every one of these folded syllables or syllable bigrams. */
    boolean mentionsTogether(List<String> foldedTerms);

    /** One chunk by source id and anchor. */
    Optional<IndexChunk> chunk(String documentId, String anchor);

    /** Sources currently indexed, by id. */
    Map<String, SourceInfo> sources();
}
