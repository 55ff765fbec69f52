package vn.tdc.knowledge.document.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides what an upload is from its bytes, never from its name or declared content type.
 *
 * <ol>
 *   <li>{@code %PDF-} at the start: {@link DocumentType#PDF};</li>
 *   <li>a ZIP archive ({@code PK\3\4}) with an entry {@code word/document.xml}: {@link DocumentType#DOCX}
 *       (other ZIPs — XLSX, ODT, JAR, plain archives — are rejected); a DOCX without the ZIP's closing
 *       "end of central directory" record was cut short (an interrupted transfer) and is a
 *       {@link CorruptDocumentException} at once;</li>
 *   <li>an OLE2 compound file (Word 97–2003 .doc and other legacy Office files): rejected with a hint;</li>
 *   <li>text: only when the name ends in {@code .txt}/{@code .text} ({@link DocumentType#TEXT}) or
 *       {@code .md}/{@code .markdown} ({@link DocumentType#MARKDOWN}); the bytes must contain no NUL and
 *       no other control character than tab, line feed, carriage return and form feed, must not start
 *       like a known binary format, and must be valid UTF-8 (else {@link TextEncodingException});
 *       a UTF-16/UTF-32 byte-order mark is an encoding error as well;</li>
 *   <li>anything else: {@link UnsupportedDocumentException}.</li>
 * </ol>
 * The extension therefore never makes a file acceptable: a PHP script named {@code .docx} or an executable
 * named {@code .pdf} is rejected, and a text file is accepted only under a text extension.
 */
public final class DocumentTypeDetector {

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final String DOCX_MAIN_PART = "word/document.xml";
    /** Entries read while looking for the main part, and bytes inflated doing so (guards against ZIP bombs). */
    private static final int MAX_ZIP_ENTRIES_SCANNED = 2_000;
    private static final long MAX_ZIP_BYTES_SCANNED = 64L * 1024 * 1024;

    private static final int END_OF_CENTRAL_DIRECTORY_MIN_SIZE = 22;
    private static final int END_OF_CENTRAL_DIRECTORY_MAX_SIZE = 22 + 65_535;

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");
    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown");

    /**
     * Binary formats that are not caught by the control-byte check (their first bytes are not controls) and
     * would otherwise be reported as an encoding problem (JPEG, PNG, 7-Zip) or accepted as text (RTF).
     * Executables, archives and most other binaries contain NUL bytes and are caught anyway.
     */
    private static final List<byte[]> BINARY_SIGNATURES = List.of(
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},       // JPEG
            new byte[] {(byte) 0x89, 'P', 'N', 'G'},                  // PNG
            ascii("GIF8"),                                            // GIF
            new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF},          // 7-Zip
            ascii("{\\rtf"));                                        // RTF

    public DocumentType detect(UploadedFile file) {
        byte[] bytes = file.bytes();
        if (startsWith(bytes, PDF)) {
            return DocumentType.PDF;
        }
        if (startsWith(bytes, ZIP)) {
            if (containsEntry(bytes, DOCX_MAIN_PART)) {
                if (!hasEndOfCentralDirectory(bytes)) {
                    throw new CorruptDocumentException(DocumentType.DOCX, null);
                }
                return DocumentType.DOCX;
            }
            throw UnsupportedDocumentException.unsupported();
        }
        if (startsWith(bytes, OLE2)) {
            throw UnsupportedDocumentException.legacyOffice();
        }
        String extension = file.extension();
        boolean markdown = MARKDOWN_EXTENSIONS.contains(extension);
        if (!markdown && !TEXT_EXTENSIONS.contains(extension)) {
            throw UnsupportedDocumentException.unsupported();
        }
        checkText(bytes);
        return markdown ? DocumentType.MARKDOWN : DocumentType.TEXT;
    }

    private static void checkText(byte[] bytes) {
        if (hasUtf16Or32ByteOrderMark(bytes)) {
            throw new TextEncodingException();
        }
        if (BINARY_SIGNATURES.stream().anyMatch(signature -> startsWith(bytes, signature)) || hasControlBytes(bytes)) {
            throw UnsupportedDocumentException.unsupported();
        }
        if (!isUtf8(bytes)) {
            throw new TextEncodingException();
        }
    }

    /** NUL and C0 controls other than tab, LF, FF, CR (and ESC, DEL are not text either). */
    private static boolean hasControlBytes(byte[] bytes) {
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUtf16Or32ByteOrderMark(byte[] bytes) {
        return startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF}) || startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})
                || startsWith(bytes, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF});
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Walks the archive's local entries until the named one is found. A damaged archive counts as not
     * containing the entry unless the entry was seen before the damage (then the DOCX reader reports it).
     */
    private static boolean containsEntry(byte[] zip, String name) {
        byte[] skipBuffer = new byte[8192];
        long inflated = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            for (int count = 0; count < MAX_ZIP_ENTRIES_SCANNED && (entry = in.getNextEntry()) != null; count++) {
                if (entry.getName().equals(name)) {
                    return true;
                }
                inflated += drain(in, skipBuffer, MAX_ZIP_BYTES_SCANNED - inflated);
                if (inflated >= MAX_ZIP_BYTES_SCANNED) {
                    return false;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            // not a readable ZIP before the main part: it cannot be recognised as DOCX
            return false;
        }
    }

    /** The end-of-central-directory record ({@code PK\5\6}) lies in the last 22 + 65,535 (comment) bytes. */
    private static boolean hasEndOfCentralDirectory(byte[] zip) {
        int earliest = Math.max(0, zip.length - END_OF_CENTRAL_DIRECTORY_MAX_SIZE);
        for (int i = zip.length - END_OF_CENTRAL_DIRECTORY_MIN_SIZE; i >= earliest; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static long drain(InputStream in, byte[] buffer, long limit) throws IOException {
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer)) > 0) {
            total += n;
        }
        return total;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
