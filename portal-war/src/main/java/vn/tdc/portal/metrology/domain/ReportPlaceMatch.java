package vn.tdc.portal.metrology.domain;

import vn.tdc.knowledge.search.analysis.VietnameseFolding;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Which place of trade a resident's report is about, read from what the resident typed. A report names its place in
 * free text ("Sạp 12 chợ Đông Cứu", an address); it is about a place of its ward when its place text or address
 * contains the place's whole name as whole words, compared without diacritics, case or punctuation ("Chợ Đông Cứu"
 * is in "Sạp 12, cho dong cuu"; "Chợ An" is not in "chợ Anh Dũng"). When several places
 * match, the longest name wins (the most specific place), so a report counts for one place at most.
 *
 * <p>Only the kinds about measuring ({@link #KINDS}: cân thiếu, phương tiện đo chưa kiểm định, bơm xăng dầu thiếu) are
 * read. A report an inspection's finding answers counts for that finding's place whatever its text says (the
 * officer's link beats the text).
 */
public final class ReportPlaceMatch {

    /** The report kinds about measuring instruments. */
    public static final Set<String> KINDS = Set.of("can-thieu", "phuong-tien-do", "xang-dau");

    private ReportPlaceMatch() {
    }

    /** The place (of {@code places}) the report's place text and address name, if any. */
    public static Optional<TradePlace> placeOf(String reportPlace, String reportAddress,
                                               Collection<TradePlace> places) {
        return places.stream()
                .filter(place -> names(reportPlace, reportAddress, place.name()))
                .max(Comparator.comparingInt((TradePlace place) -> words(place.name()).length()));
    }

    /** Whether a report text names a place: the rule above for one place. */
    public static boolean names(String reportPlace, String reportAddress, String placeName) {
        String name = words(placeName);
        return !name.isEmpty() && (" " + words(reportPlace) + " " + words(reportAddress) + " ")
                .contains(" " + name + " ");
    }

    /** The text folded, its punctuation turned to spaces, one space between words. */
    static String words(String text) {
        return text == null ? "" : VietnameseFolding.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
