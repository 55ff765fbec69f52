package vn.tdc.knowledge.search.application;

import java.util.List;

/**
 * One topic syllable of a question.
 *
 * @param lower        as typed, lower case ("lường", or "luong" when typed without diacritics)
 * @param folded       folded form ("luong")
 * @param alternatives folded phrases that also count as this term (from {@link QueryExpansions})
 * @param weak         typed without diacritics and probably a function word ("cua" for "của", though
 *                     "cửa" also folds to it): searched and counted with a small weight
 * @param reliable     the question was typed with diacritics, so this form is meant as typed ("nay"
 *                     in "hôm nay" is not "này"): exact matches are preferred even for plain syllables
 */
public record QueryTerm(String lower, String folded, List<List<String>> alternatives, boolean weak, boolean reliable) {

    public QueryTerm {
        alternatives = List.copyOf(alternatives);
    }

    /** Carries diacritics. */
    public boolean accented() {
        return !lower.equals(folded);
    }

    /** Whether exact (diacritic-sensitive) matches should rank above folded ones. */
    public boolean prefersExact() {
        return accented() || reliable;
    }
}
