package vn.tdc.knowledge.assistant.application;

import vn.tdc.knowledge.assistant.domain.QuestionType;
import vn.tdc.knowledge.search.application.PlaceMention;
import vn.tdc.knowledge.search.application.QueryTerm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ConversationTurn} as bytes, for a conversation memory shared by several processes (a data grid): plain
 * strings, numbers and flags in a fixed order, no Java serialization, so reading bytes can never create an object of
 * another class. The first byte is the format's version; bytes of another version read as "nothing remembered".
 */
public final class ConversationTurnCodec {

    static final int VERSION = 1;
    /** More items in one list than a question can have: the bytes are damaged. */
    private static final int MAX_ITEMS = 10_000;

    private ConversationTurnCodec() {
    }

    public static byte[] encode(ConversationTurn turn) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(turn.terms().size());
            for (QueryTerm term : turn.terms()) {
                writeTerm(out, term);
            }
            out.writeInt(turn.bigrams().size());
            for (QueryTerm[] pair : turn.bigrams()) {
                out.writeInt(pair.length);
                for (QueryTerm term : pair) {
                    writeTerm(out, term);
                }
            }
            PlaceMention places = turn.places();
            writeStrings(out, places.places());
            writeStrings(out, places.regions());
            out.writeBoolean(places.unknownPlace().isPresent());
            if (places.unknownPlace().isPresent()) {
                out.writeUTF(places.unknownPlace().get());
            }
            writeStrings(out, places.documentIds());
            out.writeInt(places.wordSpans().size());
            for (int[] span : places.wordSpans()) {
                out.writeInt(span[0]);
                out.writeInt(span[1]);
            }
            out.writeBoolean(places.currentWard());
            out.writeUTF(turn.type().name());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** The turn these bytes hold; empty for bytes of another format version or damaged bytes. */
    public static Optional<ConversationTurn> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != VERSION) {
                return Optional.empty();
            }
            int termCount = readCount(in);
            List<QueryTerm> terms = new ArrayList<>(termCount);
            for (int i = 0; i < termCount; i++) {
                terms.add(readTerm(in));
            }
            int pairCount = readCount(in);
            List<QueryTerm[]> bigrams = new ArrayList<>(pairCount);
            for (int i = 0; i < pairCount; i++) {
                QueryTerm[] pair = new QueryTerm[readCount(in)];
                for (int j = 0; j < pair.length; j++) {
                    pair[j] = readTerm(in);
                }
                bigrams.add(pair);
            }
            List<String> places = readStrings(in);
            List<String> regions = readStrings(in);
            Optional<String> unknownPlace = in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
            List<String> documentIds = readStrings(in);
            int spanCount = readCount(in);
            List<int[]> spans = new ArrayList<>(spanCount);
            for (int i = 0; i < spanCount; i++) {
                spans.add(new int[] {in.readInt(), in.readInt()});
            }
            boolean currentWard = in.readBoolean();
            QuestionType type = QuestionType.valueOf(in.readUTF());
            return Optional.of(new ConversationTurn(terms, bigrams,
                    new PlaceMention(places, regions, unknownPlace, documentIds, spans, currentWard), type));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int readCount(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_ITEMS) {
            throw new IOException("damaged conversation turn: " + count + " items");
        }
        return count;
    }

    private static void writeTerm(DataOutputStream out, QueryTerm term) throws IOException {
        out.writeUTF(term.lower());
        out.writeUTF(term.folded());
        out.writeInt(term.alternatives().size());
        for (List<String> alternative : term.alternatives()) {
            writeStrings(out, alternative);
        }
        out.writeBoolean(term.weak());
        out.writeBoolean(term.reliable());
    }

    private static QueryTerm readTerm(DataInputStream in) throws IOException {
        String lower = in.readUTF();
        String folded = in.readUTF();
        int count = readCount(in);
        List<List<String>> alternatives = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            alternatives.add(readStrings(in));
        }
        return new QueryTerm(lower, folded, alternatives, in.readBoolean(), in.readBoolean());
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeUTF(string);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = readCount(in);
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }
}
