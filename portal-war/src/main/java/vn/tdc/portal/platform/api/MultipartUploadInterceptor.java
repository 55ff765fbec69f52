package vn.tdc.portal.platform.api;

import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.problem.ProblemException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import vn.tdc.portal.platform.web.RequestBodyLimitFilter.BodyTooLargeException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Limits the multipart body of a method marked {@link MultipartUpload} while Jersey's multipart reader (MIMEPull, in
 * Payara 6.2025.10 Jersey 3.1.11) reads it into {@code EntityPart}s. That reader writes every part over 4 KB to a
 * temporary file (deleted after the request) and has no limit of its own on the body or a part, so this is what
 * bounds the disk and memory an upload takes: a body declared longer is refused before a byte is read, one sent
 * without a length as soon as it passes the limit (413 either way).
 *
 * <p>The number of parts is limited here too, as the body streams past: MIMEPull builds an object of about a
 * kilobyte for every part before Jersey's own {@code jersey.config.multipart.maxParts} is checked, and a 21 MB body
 * of 423 000 one-byte fields took all of Payara's 512 MB heap (measured: {@code OutOfMemoryError}, the JVM exited).
 * Counting the boundary delimiters while the body is read stops such a body after {@value #MAX_PARTS} parts.
 */
@Provider
@MultipartUpload
public class MultipartUploadInterceptor implements ReaderInterceptor {

    /** More parts than any form of the portal sends (a document: 10, a report: 4). */
    static final int MAX_PARTS = 64;
    private static final long MEGABYTE = 1024 * 1024;

    @Context
    ResourceInfo resource;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MultipartUpload upload = declaration(resource);
        long maxBytes = maxBytes(upload);
        if (declaredLength(context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH)) > maxBytes) {
            throw tooLarge(upload);
        }
        String boundary = context.getMediaType() == null ? null : context.getMediaType().getParameters().get("boundary");
        context.setInputStream(new BoundedInputStream(context.getInputStream(), maxBytes, boundary));
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            if (causedBy(e, TooManyPartsException.class)) {
                throw ProblemException.of(ProblemKind.TOO_LARGE, "api.error.payload_too_large");
            }
            if (causedBy(e, BodyTooLargeException.class)) {
                throw tooLarge(upload);
            }
            if (e instanceof BadRequestException) {
                throw ProblemException.of(ProblemKind.BAD_REQUEST, upload.malformed());
            }
            throw e;
        }
    }

    /** The method's declaration, or its class's. */
    static MultipartUpload declaration(ResourceInfo resource) {
        MultipartUpload onMethod = resource.getResourceMethod().getAnnotation(MultipartUpload.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(MultipartUpload.class);
    }

    static long maxBytes(MultipartUpload upload) {
        return upload.files() * upload.fileBytes() + upload.fieldBytes();
    }

    static ProblemException tooLarge(MultipartUpload upload) {
        return ProblemException.of(ProblemKind.TOO_LARGE, upload.tooLarge(), upload.fileBytes() / MEGABYTE);
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Thrown while reading a body with more parts than {@value #MAX_PARTS}; answered with 413. */
    static final class TooManyPartsException extends IOException {
        TooManyPartsException() {
            super("multipart body with more than " + MAX_PARTS + " parts");
        }
    }

    /**
     * Counts the bytes and the parts that are read; fails once more than {@code maxBytes} or more than
     * {@value #MAX_PARTS} parts came. A part starts at a delimiter line, {@code --boundary} at the start of the body
     * or after a line break (RFC 2046), which a part's content never holds; the closing delimiter counts as one more.
     */
    static final class BoundedInputStream extends FilterInputStream {
        private final long maxBytes;
        private final byte[] delimiter;
        private final int[] fallback;
        private long read;
        private int matched;
        private int delimiters;

        /** @param boundary the body's boundary; null to count bytes only (the reader then refuses the body) */
        BoundedInputStream(InputStream in, long maxBytes, String boundary) {
            super(in);
            this.maxBytes = maxBytes;
            this.delimiter = boundary == null ? null : ("\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            this.fallback = delimiter == null ? null : fallback(delimiter);
            this.matched = 1;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
                scan((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
                for (int i = offset; i < offset + n; i++) {
                    scan(buffer[i]);
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int skipped = read(buffer, 0, buffer.length);
            return Math.max(skipped, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void count(long n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException();
            }
        }

        /** One step of a Knuth–Morris–Pratt search for the delimiter, which may span reads. */
        private void scan(byte b) throws TooManyPartsException {
            if (delimiter == null) {
                return;
            }
            while (matched > 0 && delimiter[matched] != b) {
                matched = fallback[matched - 1];
            }
            if (delimiter[matched] == b) {
                matched++;
            }
            if (matched == delimiter.length) {
                matched = fallback[matched - 1];
                if (++delimiters > MAX_PARTS + 1) {
                    throw new TooManyPartsException();
                }
            }
        }

        /** For each prefix of the pattern, the length of its longest proper prefix that is also its suffix. */
        private static int[] fallback(byte[] pattern) {
            int[] table = new int[pattern.length];
            for (int i = 1, k = 0; i < pattern.length; i++) {
                while (k > 0 && pattern[i] != pattern[k]) {
                    k = table[k - 1];
                }
                if (pattern[i] == pattern[k]) {
                    k++;
                }
                table[i] = k;
            }
            return table;
        }
    }
}
