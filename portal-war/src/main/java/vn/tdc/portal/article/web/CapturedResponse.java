package vn.tdc.portal.article.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is kept in memory (to be cached and then sent), with whether it set a cookie. At most
 * {@code maxBytes} are kept: a larger body {@link #overflowed() overflows}, what was kept is sent and the rest goes
 * straight to the client, so a page never takes more memory than that however large it is.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final int maxBytes;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private ServletOutputStream passThrough;
    private boolean cookieSet;

    CapturedResponse(HttpServletResponse response, int maxBytes) {
        super(response);
        this.maxBytes = maxBytes;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("captured responses are written synchronously");
                }

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (passThrough == null && body.size() + length > maxBytes) {
                        passThrough = CapturedResponse.super.getOutputStream();
                        body.writeTo(passThrough);
                        body.reset();
                    }
                    if (passThrough != null) {
                        passThrough.write(bytes, offset, length);
                    } else {
                        body.write(bytes, offset, length);
                    }
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void addCookie(jakarta.servlet.http.Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
        super.addHeader(name, value);
    }

    /** Ends the writing: whether the body was larger than the limit and has been sent already. */
    boolean overflowed() {
        flushBuffer();
        return passThrough != null;
    }

    /** The kept body (when it did not overflow). */
    byte[] bytes() {
        flushBuffer();
        return body.toByteArray();
    }

    boolean cookieSet() {
        return cookieSet;
    }
}
