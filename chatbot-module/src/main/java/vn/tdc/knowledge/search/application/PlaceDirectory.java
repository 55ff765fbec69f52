package vn.tdc.knowledge.search.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdc.knowledge.search.analysis.ResourceLines;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.knowledge.search.analysis.WordSplitter;
import vn.tdc.knowledge.search.analysis.WordSplitter.Word;
import vn.tdc.knowledge.search.domain.SourceInfo;

/**
 * The places the indexed sources govern, and recognition of place names in questions.
 *
 * <p>Residents name their ward in many ways: "phường Đức Phổ", "Đức Phổ", "xa dong cuu",
 * "tỉnh Tiền Giang". Matching is on folded words, so diacritics and case do not matter; the
 * administrative level word ("phường", "xã", "tỉnh", "thành phố"…) is optional. A governed place wins
 * over a region: "phường Thành Đông, Hải Phòng" routes to Thành Đông only. A document's own number
 * ("168-KH/TU", "kế hoạch 168") routes to that document. "Ở đây", "phường mình", "xã mình", "chỗ tôi" mean the ward the
 * question is asked on ({@link PlaceMention#currentWard()}), unless a place is named too. Immutable.
 */
public final class PlaceDirectory {

    private static final List<List<String>> LEVEL_WORDS = List.of(
            List.of("thanh", "pho"), List.of("thi", "xa"), List.of("thi", "tran"), List.of("dia", "ban"),
            List.of("phuong"), List.of("xa"), List.of("tinh"), List.of("huyen"), List.of("quan"), List.of("tp"));

    /** "phường Bến Nghé", "Quận 1": a level word with diacritics followed by capitalised words or a ward number. */
    private static final Pattern NAMED_PLACE = Pattern.compile(
            "(?<![\\p{L}])(?iu:phường|xã|tỉnh|huyện|quận|thị trấn|thị xã|thành phố)\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,2}|\\d{1,2}(?![\\p{L}\\p{N}/.,\\-]))");
    private static final Set<String> NOT_A_NAME = Set.of("hội", "ủy", "uỷ");

    /** Words after which a bare number names a document ("kế hoạch 168", "số 168"). */
    private static final Set<String> NUMBER_INTRODUCERS = Set.of("so", "hoach", "thi", "dinh", "van");

    /** "ở đây", "phường mình", "chỗ tôi": the ward the question is asked on (matched like {@link QueryNoise} entries). */
    private static final QueryNoise CURRENT_WARD = new QueryNoise(ResourceLines.read("/vn/tdc/knowledge/search/current-ward-vi.txt"));

    /** A document's own number, as folded words ("168", "kh", "tu"). */
    private record KnownNumber(String documentId, List<String> words) {
    }

    public static final PlaceDirectory EMPTY = new PlaceDirectory(List.of(), List.of());

    private final List<KnownPlace> places;
    private final List<KnownNumber> numbers;
    private final WordSplitter splitter = new WordSplitter();

    private PlaceDirectory(List<KnownPlace> places, List<KnownNumber> numbers) {
        this.places = places.stream()
                .sorted(Comparator.comparingInt((KnownPlace p) -> p.words().size()).reversed())
                .toList();
        this.numbers = List.copyOf(numbers);
    }

    /** Builds the directory from the sources' place and region names. */
    public static PlaceDirectory of(Collection<SourceInfo> sources) {
        Map<String, KnownPlace> byKey = new LinkedHashMap<>();
        for (SourceInfo s : sources) {
            s.places().forEach(p -> add(byKey, p, false));
        }
        List<KnownNumber> numbers = new ArrayList<>();
        for (SourceInfo s : sources) {
            s.regions().forEach(r -> add(byKey, r, true));
            List<String> words = words(s.number());
            if (!words.isEmpty() && words.get(0).chars().allMatch(Character::isDigit)) {
                numbers.add(new KnownNumber(s.documentId(), words));
            }
        }
        return new PlaceDirectory(new ArrayList<>(byKey.values()), numbers);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(VietnameseFolding.fold(text).split("[^\\p{L}\\p{N}]+")));
        words.removeIf(String::isEmpty);
        return words;
    }

    private static void add(Map<String, KnownPlace> byKey, String name, boolean region) {
        List<String> words = words(name);
        for (List<String> level : LEVEL_WORDS) {
            if (words.size() > level.size() && words.subList(0, level.size()).equals(level)) {
                words = new ArrayList<>(words.subList(level.size(), words.size()));
                break;
            }
        }
        if (words.isEmpty()) {
            return;
        }
        String key = String.join(" ", words);
        byKey.putIfAbsent(key, new KnownPlace(name, key, words, region));
    }

    /** Folded key of a place or region name, as indexed ("phường Đức Phổ" → "duc pho"). */
    public static String keyOf(String name) {
        Map<String, KnownPlace> one = new LinkedHashMap<>();
        add(one, name, false);
        return one.keySet().stream().findFirst().orElse("");
    }

    public List<KnownPlace> places() {
        return places;
    }

    /** Finds the places a question names. */
    public PlaceMention detect(String question) {
        return detect(question, splitter.split(question));
    }

    /** Finds the places a question names, given its words (from {@link WordSplitter}). */
    public PlaceMention detect(String question, List<Word> words) {
        Set<String> placeKeys = new LinkedHashSet<>();
        Set<String> regionKeys = new LinkedHashSet<>();
        Set<String> documentIds = new LinkedHashSet<>();
        List<int[]> spans = new ArrayList<>();
        boolean[] currentWard = CURRENT_WARD.mark(words);
        boolean here = false;
        for (int i = 0; i < words.size(); i++) {
            if (currentWard[i]) {
                int from = i;
                while (i + 1 < words.size() && currentWard[i + 1]) {
                    i++;
                }
                spans.add(new int[] {from, i + 1});
                here = true;
                continue;
            }
            for (KnownNumber number : numbers) {
                int length = numberLengthAt(words, i, number.words());
                if (length > 0) {
                    documentIds.add(number.documentId());
                    spans.add(new int[] {i, i + length});
                }
            }
            for (KnownPlace place : places) {
                if (matchesAt(words, i, place.words())) {
                    (place.region() ? regionKeys : placeKeys).add(place.key());
                    spans.add(new int[] {levelStart(words, i), i + place.words().size()});
                    i += place.words().size() - 1;
                    break;
                }
            }
        }
        Optional<String> unknown = placeKeys.isEmpty() && regionKeys.isEmpty() ? unknownPlace(question) : Optional.empty();
        Optional<String> unknownOrNone = documentIds.isEmpty() ? unknown : Optional.empty();
        boolean onlyHere = here && placeKeys.isEmpty() && regionKeys.isEmpty() && documentIds.isEmpty() && unknownOrNone.isEmpty();
        return new PlaceMention(List.copyOf(placeKeys), placeKeys.isEmpty() ? List.copyOf(regionKeys) : List.of(), unknownOrNone,
                List.copyOf(documentIds), spans, onlyHere);
    }

    /** Length of a document number at a position: all its words, or its digits after "số"/"kế hoạch". */
    private static int numberLengthAt(List<Word> words, int at, List<String> number) {
        if (matchesAt(words, at, number)) {
            return number.size();
        }
        boolean introduced = at > 0 && NUMBER_INTRODUCERS.contains(words.get(at - 1).folded());
        return introduced && words.get(at).folded().equals(number.get(0)) ? 1 : 0;
    }

    private static boolean matchesAt(List<Word> words, int at, List<String> key) {
        if (at + key.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < key.size(); k++) {
            if (!words.get(at + k).folded().equals(key.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static int levelStart(List<Word> words, int nameStart) {
        for (List<String> level : LEVEL_WORDS) {
            int from = nameStart - level.size();
            if (from >= 0 && matchesAt(words, from, level)) {
                return from;
            }
        }
        return nameStart;
    }

    private static Optional<String> unknownPlace(String question) {
        Matcher m = NAMED_PLACE.matcher(VietnameseFolding.nfc(question));
        while (m.find()) {
            String firstWord = m.group(1).split("\\s+")[0].toLowerCase();
            if (!NOT_A_NAME.contains(firstWord)) {
                String mention = m.group().strip();
                String level = mention.substring(0, mention.length() - m.group(1).length()).strip().toLowerCase();
                return Optional.of(level + " " + m.group(1));
            }
        }
        return Optional.empty();
    }
}
