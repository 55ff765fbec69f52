package vn.tdc.knowledge.document.upload;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses a DOCX that is too big inside before POI reads it: POI unpacks every part of the package into memory and
 * builds an object tree of the main part that takes many times its size, so a 2 MB file holding 10 MB of text (or
 * a small "ZIP bomb") would fill the heap.
 *
 * <p>The package is read once as a stream, keeping nothing: every part is unpacked into a counter, and all of them
 * together may unpack to at most {@value #MAX_UNPACKED_MEGABYTES} MB; the main part ({@code word/document.xml}) is
 * read with StAX (no DTD, no external entities) counting the characters of its text runs ({@code <w:t>}), which may
 * be at most the parser's text limit. Stateless and thread-safe.
 */
final class DocxPackageCheck {

    static final int MAX_UNPACKED_MEGABYTES = 64;
    private static final String MAIN_PART = "word/document.xml";
    private static final String TEXT_ELEMENT = "t";

    private final long maxUnpackedBytes;

    DocxPackageCheck() {
        this(MAX_UNPACKED_MEGABYTES * 1024L * 1024);
    }

    DocxPackageCheck(long maxUnpackedBytes) {
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /**
     * @throws CompressedContentTooLargeException when the parts unpack to more than the limit
     * @throws DocumentTextTooLongException       when the main part holds more than {@code maxTextChars}
     * @throws CorruptDocumentException           when the package or its main part cannot be read
     */
    void check(byte[] docx, long maxTextChars) {
        Budget budget = new Budget(maxUnpackedBytes);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            byte[] buffer = new byte[16 * 1024];
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                InputStream part = budget.count(zip);
                if (MAIN_PART.equals(entry.getName())) {
                    countText(part, maxTextChars);
                }
                while (part.read(buffer) >= 0) {
                    // unpacked into the counter only
                }
            }
        } catch (UnpackedTooLarge e) {
            throw new CompressedContentTooLargeException(DocumentType.DOCX, maxUnpackedBytes);
        } catch (IOException | XMLStreamException | IllegalArgumentException e) {
            if (causedByBudget(e)) {
                throw new CompressedContentTooLargeException(DocumentType.DOCX, maxUnpackedBytes);
            }
            throw new CorruptDocumentException(DocumentType.DOCX, e);
        }
    }

    /** The StAX reader wraps the failure of its input (as cause or as "nested exception"). */
    private static boolean causedByBudget(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++) {
            if (t instanceof UnpackedTooLarge) {
                return true;
            }
            t = t instanceof XMLStreamException x && x.getNestedException() != null ? x.getNestedException() : t.getCause();
        }
        return false;
    }

    private static void countText(InputStream mainPart, long maxTextChars) throws XMLStreamException {
        XMLStreamReader xml = factory().createXMLStreamReader(mainPart);
        try {
            long chars = 0;
            int depthInText = 0;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> depthInText += TEXT_ELEMENT.equals(xml.getLocalName()) || depthInText > 0 ? 1 : 0;
                    case XMLStreamConstants.END_ELEMENT -> depthInText = Math.max(0, depthInText - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (depthInText > 0) {
                            chars += xml.getTextLength();
                            if (chars > maxTextChars) {
                                throw DocumentTextTooLongException.text(maxTextChars);
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** Thrown when the package unpacks to more than its budget. */
    private static final class UnpackedTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Bytes unpacked so far, over all parts. */
    private static final class Budget {
        private final long limit;
        private long used;

        Budget(long limit) {
            this.limit = limit;
        }

        /** The current part of the archive, counted against the budget. */
        InputStream count(ZipInputStream zip) {
            return new FilterInputStream(zip) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        add(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] bytes, int offset, int length) throws IOException {
                    int n = super.read(bytes, offset, length);
                    if (n > 0) {
                        add(n);
                    }
                    return n;
                }

                @Override
                public void close() {
                    // the archive stays open for the next part (the StAX reader closes its input)
                }
            };
        }

        private void add(long n) throws UnpackedTooLarge {
            used += n;
            if (used > limit) {
                throw new UnpackedTooLarge();
            }
        }
    }
}
