package vn.tdc.knowledge.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Folds each token with {@link VietnameseFolding} ("đo" → "do", "lường" → "luong"). */
public final class DiacriticFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public DiacriticFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int out = 0;
        for (int i = 0; i < length; i++) {
            char f = VietnameseFolding.foldChar(buffer[i]);
            if (f != '\0') {
                buffer[out++] = f;
            }
        }
        term.setLength(out);
        return true;
    }
}
