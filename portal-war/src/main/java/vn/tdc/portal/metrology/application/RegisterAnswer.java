package vn.tdc.portal.metrology.application;

import java.util.List;

/**
 * The register's answer to a resident's question: Vietnamese text, the register entries it rests on, whether the
 * register holds what was asked ({@code found}; false: the text says honestly that it does not) and the report kind
 * to offer when an instrument may not be used in trade.
 */
public record RegisterAnswer(String text, boolean found, List<Source> sources, String reportKind) {

    /** An entry of the register an answer cites; {@code url} is relative to the ward's pages. */
    public record Source(String documentId, String title, String issuer, String section, String excerpt, String url) {
    }
}
