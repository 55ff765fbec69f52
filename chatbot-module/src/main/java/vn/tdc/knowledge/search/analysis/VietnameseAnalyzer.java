package vn.tdc.knowledge.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene analyzer for Vietnamese text.
 *
 * <p>Chain: NFC normalisation of the input, abbreviations spelled out ({@link Abbreviations}) → {@link StandardTokenizer} (Vietnamese writes one syllable
 * per space-separated word) → lower case → stop words (matched with their diacritics) →
 * [{@link DiacriticFoldingFilter} in {@link Variant#FOLDED}] → {@link ContiguousPositionFilter} →
 * [syllable bigrams via {@link ShingleFilter} (size 2, unigrams kept) when {@code shingles}].
 * Bigrams make two-syllable words such as "đo lường" or "hàng giả" match as units.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** Whether tokens keep their diacritics. */
    public enum Variant { EXACT, FOLDED }

    private final Variant variant;
    private final boolean shingles;
    private final VietnameseStopWords stopWords;

    public VietnameseAnalyzer(Variant variant, boolean shingles, VietnameseStopWords stopWords) {
        this.variant = variant;
        this.shingles = shingles;
        this.stopWords = stopWords;
    }

    public VietnameseAnalyzer(Variant variant, boolean shingles) {
        this(variant, shingles, VietnameseStopWords.defaults());
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new StringReader(Abbreviations.defaults().expand(Normalizer.normalize(readAll(reader), Normalizer.Form.NFC)));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, stopWords.exact());
        if (variant == Variant.FOLDED) {
            stream = new DiacriticFoldingFilter(stream);
        }
        stream = new ContiguousPositionFilter(stream);
        if (shingles) {
            ShingleFilter shingle = new ShingleFilter(stream, 2, 2);
            shingle.setOutputUnigrams(true);
            stream = shingle;
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        return variant == Variant.FOLDED ? new DiacriticFoldingFilter(stream) : stream;
    }

    private static String readAll(Reader reader) {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[1024];
        try {
            int n;
            while ((n = reader.read(buffer)) != -1) {
                sb.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read analyzer input", e);
        }
        return sb.toString();
    }
}
