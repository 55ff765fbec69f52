package vn.tdc.knowledge.search.application;

import java.util.List;
import java.util.Optional;

/**
 * The places a question names.
 *
 * @param places       keys of governed places named ("duc pho"); answers must come from their documents
 * @param regions      keys of enclosing provinces/cities named when no governed place is ("hai phong")
 * @param unknownPlace a ward/commune/province named in the question that no document governs
 * @param documentIds  documents named by their own number ("kế hoạch 168-KH/TU")
 * @param wordSpans    [from, to) word ranges of the mentions (with "phường", "xã" …) to drop from the topic
 * @param currentWard  the question means the ward it is asked on ("ở đây", "phường mình", "xã mình", "chỗ tôi")
 */
public record PlaceMention(List<String> places, List<String> regions, Optional<String> unknownPlace, List<String> documentIds,
        List<int[]> wordSpans, boolean currentWard) {

    public static final PlaceMention NONE = new PlaceMention(List.of(), List.of(), Optional.empty(), List.of(), List.of(), false);

    /** The governed places of the current ward ({@code keys}), as if the question had named them. */
    public PlaceMention naming(List<String> keys) {
        return new PlaceMention(keys, List.of(), Optional.empty(), documentIds, wordSpans, false);
    }

    public PlaceMention {
        documentIds = List.copyOf(documentIds);
        places = List.copyOf(places);
        regions = List.copyOf(regions);
        wordSpans = List.copyOf(wordSpans);
    }

    /** Whether the question names a governed place, a region, or a document by its number. */
    public boolean namesKnownPlace() {
        return !places.isEmpty() || !regions.isEmpty() || !documentIds.isEmpty();
    }

    public boolean covers(int wordIndex) {
        for (int[] span : wordSpans) {
            if (wordIndex >= span[0] && wordIndex < span[1]) {
                return true;
            }
        }
        return false;
    }
}
