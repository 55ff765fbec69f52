package vn.tdc.knowledge.assistant.application;

import vn.tdc.knowledge.search.analysis.VietnameseFolding;

/**
 * A message in the forms the detectors need: NFC lower case, and folded with single spaces between
 * words (punctuation removed), so that patterns can use {@code \b} word boundaries.
 */
record FoldedText(String lower, String folded, boolean typedWithDiacritics) {

    static FoldedText of(String message) {
        String lower = VietnameseFolding.nfc(message).toLowerCase().strip();
        String marked = lower.replace("kỳ", "kyy").replace("kỹ", "kyx");
        String folded = VietnameseFolding.fold(marked).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
        return new FoldedText(lower, folded, VietnameseFolding.hasDiacritics(lower));
    }

    /** Same folding for a keyword or phrase of a word list (no "kỳ" marker needed). */
    static String foldPhrase(String phrase) {
        return VietnameseFolding.fold(phrase.toLowerCase()).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
    }
}
