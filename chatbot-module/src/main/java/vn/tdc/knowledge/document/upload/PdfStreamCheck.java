package vn.tdc.knowledge.document.upload;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Refuses a PDF whose compressed streams unpack to more than the portal reads, before PDFBox unpacks them.
 *
 * <p>PDFBox 3 unpacks streams with no limit and holds whole what it reads as one piece: a string shown on a page (a
 * page whose content is a Flate stream of 300 KB can hold one string of 300 MB: {@code OutOfMemoryError} in a 512 MB
 * heap), a font, a character map, an object stream. So every stream that text extraction may read is first decoded
 * here with PDFBox's own filters into a counter that stops at the limit, keeping nothing:
 * <ul>
 *   <li>each stream of the file except images (object streams first, before any object inside one is read; then
 *       content streams, forms, fonts, character maps…) and, whatever their type, the pages' content streams;</li>
 *   <li>one stream may unpack to at most {@value #MAX_STREAM_MEGABYTES} MB, all of them together to at most
 *       {@value #MAX_TOTAL_MEGABYTES} MB (a text PDF of a thousand pages needs a few);</li>
 *   <li>a stream with several filters unpacks each intermediate step into memory of at most the stream limit;
 *       image codecs (DCT, JPX, JBIG2, CCITT) are never run: text extraction does not decode images.</li>
 * </ul>
 * Images are not checked: PDFBox's text extraction never decodes them. Not thread-safe: one instance per file.
 */
final class PdfStreamCheck {

    static final int MAX_STREAM_MEGABYTES = 16;
    static final int MAX_TOTAL_MEGABYTES = 128;

    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private final long maxStreamBytes;
    private final long maxTotalBytes;
    private long total;

    PdfStreamCheck() {
        this(MAX_STREAM_MEGABYTES * 1024L * 1024, MAX_TOTAL_MEGABYTES * 1024L * 1024);
    }

    PdfStreamCheck(long maxStreamBytes, long maxTotalBytes) {
        this.maxStreamBytes = maxStreamBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /**
     * @throws CompressedContentTooLargeException when a stream, or all of them, unpack to more than the limits
     * @throws IOException                         when a stream cannot be decoded (a damaged file)
     */
    void check(PDDocument pdf) throws IOException {
        COSDocument document = pdf.getDocument();
        Map<COSObjectKey, Long> xref = document.getXrefTable();
        Set<Long> objectStreams = new TreeSet<>();
        List<COSObjectKey> topLevel = new ArrayList<>();
        xref.forEach((key, offset) -> {
            if (offset < 0) {
                objectStreams.add(-offset);
            } else {
                topLevel.add(key);
            }
        });
        topLevel.sort((a, b) -> Boolean.compare(!objectStreams.contains(a.getNumber()), !objectStreams.contains(b.getNumber())));
        for (COSObjectKey key : topLevel) {
            COSBase object = document.getObjectFromPool(key).getObject();
            if (object instanceof COSStream stream && !isImage(stream)) {
                checkStream(stream);
            }
        }
        for (PDPage page : pdf.getPages()) {
            for (Iterator<PDStream> contents = page.getContentStreams(); contents.hasNext(); ) {
                COSStream stream = contents.next().getCOSObject();
                if (isImage(stream)) {
                    checkStream(stream);
                }
            }
        }
    }

    private static boolean isImage(COSStream stream) {
        return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
    }

    private void checkStream(COSStream stream) throws IOException {
        List<COSName> filters = filters(stream);
        if (filters.isEmpty() || filters.stream().anyMatch(IMAGE_CODECS::contains)) {
            return;
        }
        byte[] intermediate = null;
        for (int i = 0; i < filters.size(); i++) {
            Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
            boolean last = i == filters.size() - 1;
            CountingSink sink = new CountingSink(Math.min(maxStreamBytes, maxTotalBytes - total), !last);
            try (InputStream in = intermediate == null ? stream.createRawInputStream() : new ByteArrayInputStream(intermediate)) {
                filter.decode(in, sink, stream, i);
            } catch (IOException | RuntimeException e) {
                if (!sink.exceeded()) {
                    throw e;
                }
            }
            if (sink.exceeded()) {
                throw new CompressedContentTooLargeException(DocumentType.PDF,
                        maxTotalBytes - total < maxStreamBytes ? maxTotalBytes : maxStreamBytes);
            }
            if (last) {
                total += sink.count();
            } else {
                intermediate = sink.bytes();
            }
        }
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Counts decoded bytes (keeping them only for an intermediate step) and refuses more than its limit. */
    private static final class CountingSink extends OutputStream {

        private final long limit;
        private final ByteArrayOutputStream kept;
        private long count;
        private boolean exceeded;

        CountingSink(long limit, boolean keep) {
            this.limit = limit;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (exceeded || count + length > limit) {
                exceeded = true;
                throw new IOException("decoded stream larger than " + limit + " bytes");
            }
            count += length;
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }

        long count() {
            return count;
        }

        boolean exceeded() {
            return exceeded;
        }

        byte[] bytes() {
            return kept.toByteArray();
        }
    }
}
