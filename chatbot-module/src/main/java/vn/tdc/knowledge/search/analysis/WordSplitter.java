package vn.tdc.knowledge.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits text into lower-cased syllables with the same tokenizer as the index (no stop words removed),
 * each with its folded form. Used to reason about questions and passages word by word.
 * Thread-safe: the underlying analyzer reuses per-thread components.
 */
public final class WordSplitter {

    /** One syllable: lower-case with diacritics, and folded. */
    public record Word(String lower, String folded) {
        public boolean accented() {
            return !lower.equals(folded);
        }
    }

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    /** The words of a text, abbreviations spelled out ({@link Abbreviations}), as the index reads it. */
    public List<Word> split(String text) {
        return splitAsWritten(Abbreviations.defaults().expand(VietnameseFolding.nfc(text)));
    }

    /** The words of a text as written, abbreviations kept. */
    public List<Word> splitAsWritten(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", VietnameseFolding.nfc(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String lower = term.toString();
                words.add(new Word(lower, VietnameseFolding.fold(lower)));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tokenize text", e);
        }
        return words;
    }
}
