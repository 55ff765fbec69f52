package vn.tdc.knowledge.search.infrastructure;

import static vn.tdc.knowledge.search.infrastructure.IndexFields.*;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;
import vn.tdc.knowledge.search.application.PlaceDirectory;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

/** Converts {@link IndexChunk}s to Lucene documents and back. */
final class ChunkDocumentMapper {

    Document toDocument(IndexChunk chunk) {
        SourceInfo s = chunk.source();
        Document d = new Document();
        d.add(new StringField(KEY, chunk.key(), Field.Store.YES));
        d.add(new StringField(DOCUMENT_ID, s.documentId(), Field.Store.YES));
        d.add(new StringField(TYPE, s.type().code(), Field.Store.YES));
        if (!s.unit().isEmpty()) {
            d.add(new StringField(UNIT, s.unit(), Field.Store.YES));
        }
        d.add(new StringField(LEVEL, s.level().code(), Field.Store.YES));
        s.places().forEach(p -> d.add(new StringField(PLACE_KEY, PlaceDirectory.keyOf(p), Field.Store.NO)));
        s.regions().forEach(r -> d.add(new StringField(REGION_KEY, PlaceDirectory.keyOf(r), Field.Store.NO)));
        String searchable = chunk.context().isEmpty() ? chunk.text() : chunk.context() + "\n" + chunk.text();
        d.add(new TextField(TEXT_EXACT, searchable, Field.Store.NO));
        d.add(new TextField(TEXT_FOLDED, searchable, Field.Store.NO));
        d.add(new StoredField(TITLE, s.title()));
        d.add(new StoredField(ISSUER, s.issuer()));
        d.add(new StoredField(REFERENCE, s.reference()));
        d.add(new StoredField(NUMBER, s.number()));
        d.add(new StoredField(PLACES, String.join(LIST_SEPARATOR, s.places())));
        d.add(new StoredField(REGIONS, String.join(LIST_SEPARATOR, s.regions())));
        d.add(new StoredField(ISSUED, s.issued()));
        d.add(new StoredField(SIGNER, s.signer()));
        d.add(new StoredField(SIGNED_FOR, s.signedFor()));
        d.add(new StoredField(URL, s.url()));
        d.add(new StoredField(ANCHOR, chunk.anchor()));
        d.add(new StoredField(SECTION, chunk.section()));
        d.add(new StoredField(CONTEXT, chunk.context()));
        d.add(new StoredField(HEADING, chunk.heading()));
        d.add(new StoredField(TEXT, chunk.text()));
        d.add(new StoredField(PIECE, chunk.piece()));
        return d;
    }

    IndexChunk toChunk(Document d) {
        SourceInfo source = new SourceInfo(
                d.get(DOCUMENT_ID),
                SourceType.fromCode(d.get(TYPE)),
                d.get(TITLE),
                d.get(ISSUER),
                d.get(REFERENCE),
                d.get(NUMBER),
                list(d.get(PLACES)),
                list(d.get(REGIONS)),
                d.get(ISSUED),
                d.get(SIGNER),
                d.get(SIGNED_FOR),
                d.get(URL),
                d.get(UNIT),
                AdministrativeLevel.fromCode(d.get(LEVEL)).orElse(null));
        IndexableField piece = d.getField(PIECE);
        return new IndexChunk(source, d.get(ANCHOR), d.get(SECTION), d.get(CONTEXT), d.get(HEADING), d.get(TEXT),
                piece == null ? 1 : piece.numericValue().intValue());
    }

    private static List<String> list(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split("\\" + LIST_SEPARATOR)).filter(x -> !x.isBlank()).toList();
    }
}
