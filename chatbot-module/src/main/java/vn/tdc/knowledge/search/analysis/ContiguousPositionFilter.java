package vn.tdc.knowledge.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Closes the position gaps left by removed stop words, so that the following shingle filter joins
 * the surrounding content syllables instead of emitting filler tokens ("công tác của phường" gives the
 * bigram "tác phường" rather than "tác _").
 */
public final class ContiguousPositionFilter extends TokenFilter {

    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

    public ContiguousPositionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (positionIncrement.getPositionIncrement() > 1) {
            positionIncrement.setPositionIncrement(1);
        }
        return true;
    }
}
