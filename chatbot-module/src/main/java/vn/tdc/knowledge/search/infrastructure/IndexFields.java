package vn.tdc.knowledge.search.infrastructure;

/** Names of the Lucene fields of a chunk document. */
final class IndexFields {

    static final String KEY = "key";
    static final String DOCUMENT_ID = "documentId";
    static final String TYPE = "type";
    static final String PLACE_KEY = "place_key";
    static final String REGION_KEY = "region_key";
    /** Slug of the source's administrative unit (absent for national sources); filter and stored. */
    static final String UNIT = "unit";
    /** The source's tier: "xa", "tinh", "quoc-gia"; filter and stored. */
    static final String LEVEL = "level";
    static final String TEXT_EXACT = "text_exact";
    static final String TEXT_FOLDED = "text_folded";

    static final String TITLE = "title";
    static final String ISSUER = "issuer";
    static final String REFERENCE = "reference";
    static final String NUMBER = "number";
    static final String PLACES = "places";
    static final String REGIONS = "regions";
    static final String ISSUED = "issued";
    static final String SIGNER = "signer";
    static final String SIGNED_FOR = "signedFor";
    static final String URL = "url";
    static final String ANCHOR = "anchor";
    static final String SECTION = "section";
    static final String CONTEXT = "context";
    static final String HEADING = "heading";
    static final String TEXT = "text";
    static final String PIECE = "piece";

    /** Separator of multi-valued stored fields. */
    static final String LIST_SEPARATOR = "|";

    private IndexFields() {
    }
}
