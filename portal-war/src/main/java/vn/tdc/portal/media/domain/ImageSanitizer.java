package vn.tdc.portal.media.domain;

import vn.tdc.portal.media.domain.ImageRejectedException.Reason;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Turns the bytes of an uploaded picture into a {@link CleanImage}, or refuses it with an
 * {@link ImageRejectedException} whose {@link Reason} the caller turns into Vietnamese text.
 *
 * <h2>Why</h2>
 * Residents photograph what they report (a broken street light, rubbish, a flooded lane) mostly with phones, and
 * phones write where and by whom a photo was taken into the file: GPS coordinates, the owner's name, the device's
 * serial number, the time. Published as they are, report photos would tell everyone where a resident lives and who
 * they are. So every accepted image loses all such metadata, and only what a browser needs to show it is kept.
 *
 * <h2>Rules, in order</h2>
 * <ol>
 *   <li>No bytes: {@link Reason#EMPTY}. More than {@code maxBytes}: {@link Reason#TOO_LARGE}.</li>
 *   <li>The format comes from the content's leading magic bytes only; a file name or a client's media type is never
 *   an input. Anything else than JPEG, PNG or WebP (PHP, HTML, SVG, PDF, GIF...) is
 *   {@link Reason#UNSUPPORTED_TYPE}, whatever it was called.</li>
 *   <li>The file's structure is walked and rebuilt without the metadata (below). A structure that is broken,
 *   truncated, or without readable image data is {@link Reason#CORRUPT}. Anything after the image's end (data
 *   appended after a JPEG's EOI, a PNG's IEND or a WebP's RIFF container, such as a script or an archive) is
 *   dropped.</li>
 *   <li>The width and height are read from the headers; 0 or more than {@value CleanImage#MAX_DIMENSION} is
 *   {@link Reason#CORRUPT}. More than {@value #MAX_PIXELS} pixels in all is {@link Reason#TOO_LARGE}: the check
 *   comes before any decoding, so a small file that claims a huge size (a decompression bomb) is never
 *   decoded.</li>
 *   <li>A cleaned JPEG or PNG is fully decoded with {@link ImageIO} (at a reduced resolution, so decoding a large
 *   photo takes little memory); a failure is {@link Reason#CORRUPT}. ImageIO cannot read WebP, so a WebP is only
 *   checked structurally (container, chunks and bitstream header).</li>
 * </ol>
 *
 * <h2>What is kept and what is stripped</h2>
 * <ul>
 *   <li><b>JPEG</b>: the segments are walked from SOI through every scan to EOI. Kept: the JFIF APP0 segment (with
 *   its embedded thumbnail removed, since a thumbnail may still show what was cropped away), an APP2 ICC profile,
 *   the Adobe APP14 segment (colour transform), and every segment needed to decode (DQT, DHT, SOFn, DRI, SOS and
 *   the entropy-coded data, ...). Stripped: APP1 (Exif, with GPS position, camera owner, serial numbers, dates; and
 *   XMP), APP13 (Photoshop IPTC: author, address, captions), COM (comments), every other APPn segment (maker notes,
 *   JUMBF/C2PA content credentials, multi-picture indexes) and an APP2 segment that is not an ICC profile. Only
 *   baseline, extended and progressive Huffman JPEGs are accepted (others are {@link Reason#UNSUPPORTED_TYPE}).
 *   <br>Dropping Exif also drops its orientation tag: a phone photo taken upright whose pixels are stored sideways
 *   will show sideways. That is accepted; rotating would mean re-encoding.</li>
 *   <li><b>PNG</b>: the signature is checked and the chunks walked (each chunk's CRC verified), IHDR first, up to
 *   IEND. Kept: the critical chunks (IHDR, PLTE, IDAT, IEND) and the ancillary chunks that change how the image
 *   looks (tRNS, gAMA, cHRM, sRGB, iCCP, cICP, mDCV, cLLI, sBIT, bKGD, hIST, pHYs, sPLT) or animate it (acTL, fcTL,
 *   fdAT). Stripped: eXIf, tEXt, zTXt, iTXt, tIME and every other ancillary chunk (such as caBX content credentials
 *   or private chunks), because an unknown chunk may carry anything. An unknown critical chunk is
 *   {@link Reason#CORRUPT}.</li>
 *   <li><b>WebP</b>: the RIFF container is walked chunk by chunk. Kept: VP8X, VP8, VP8L, ALPH, ANIM, ANMF and ICCP.
 *   Stripped: EXIF, XMP and any other chunk. The VP8X chunk's EXIF and XMP flags are cleared and the RIFF size is
 *   rewritten. It must hold a VP8 or VP8L bitstream, or VP8X with animation frames or a bitstream.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public class ImageSanitizer {

    /** The most pixels (width times height) an image may have: decoding one this large takes 160 MB as ARGB. */
    public static final long MAX_PIXELS = 40_000_000L;

    /** Decoding for the check is done at a resolution of at most about this many pixels. */
    private static final long CHECK_PIXELS = 4_000_000L;

    private final long maxBytes;

    /** @param maxBytes the largest upload accepted, in bytes (before cleaning) */
    public ImageSanitizer(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Checks an uploaded picture and returns it without its metadata.
     *
     * @param data the uploaded bytes ({@code null} counts as empty); not modified
     * @throws ImageRejectedException if the picture is not accepted, with the reason why
     */
    public CleanImage clean(byte[] data) {
        if (data == null || data.length == 0) {
            throw new ImageRejectedException(Reason.EMPTY);
        }
        if (data.length > maxBytes) {
            throw new ImageRejectedException(Reason.TOO_LARGE);
        }
        ImageFormat format = detect(data);
        if (format == null) {
            throw new ImageRejectedException(Reason.UNSUPPORTED_TYPE);
        }
        Stripped stripped = switch (format) {
            case JPEG -> Jpeg.strip(data);
            case PNG -> Png.strip(data);
            case WEBP -> Webp.strip(data);
        };
        long width = stripped.width();
        long height = stripped.height();
        if (width < 1 || width > CleanImage.MAX_DIMENSION || height < 1 || height > CleanImage.MAX_DIMENSION) {
            throw corrupt();
        }
        if (width * height > MAX_PIXELS) {
            throw new ImageRejectedException(Reason.TOO_LARGE);
        }
        if (format != ImageFormat.WEBP) {
            verifyDecodes(format, stripped.bytes(), (int) width, (int) height);
        }
        byte[] bytes = stripped.bytes();
        return new CleanImage(format, bytes, CleanImage.sha256Of(bytes), (int) width, (int) height);
    }

    /** The format the content's magic bytes announce, or {@code null} for anything else. */
    static ImageFormat detect(byte[] data) {
        if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
            return ImageFormat.JPEG;
        }
        if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return ImageFormat.PNG;
        }
        if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
            return ImageFormat.WEBP;
        }
        return null;
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes the whole image once, at a reduced resolution for large ones (the decoder still reads every byte of
     * the compressed data), and checks that the decoder sees the size the headers announced.
     */
    private static void verifyDecodes(ImageFormat format, byte[] bytes, int width, int height) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == ImageFormat.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            return; // a runtime without the decoder: the structural checks stand alone
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            if (reader.getWidth(0) != width || reader.getHeight(0) != height) {
                throw corrupt();
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.ceil(Math.sqrt((double) width * height / CHECK_PIXELS));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            if (reader.canReadRaster()) {
                reader.readRaster(0, param); // no colour conversion: CMYK JPEGs decode too
            } else {
                reader.read(0, param);
            }
        } catch (ImageRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImageRejectedException(Reason.CORRUPT, e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageRejectedException corrupt() {
        return new ImageRejectedException(Reason.CORRUPT);
    }

    /** The rebuilt bytes and the size read from the headers (long: a header may claim more than an int). */
    private record Stripped(byte[] bytes, long width, long height) {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Bounds-checked reads: reading past the end of the data means the file is truncated.

    private static int u8(byte[] data, int at) {
        if (at < 0 || at >= data.length) {
            throw corrupt();
        }
        return data[at] & 0xFF;
    }

    private static int u16be(byte[] data, int at) {
        return u8(data, at) << 8 | u8(data, at + 1);
    }

    private static int u16le(byte[] data, int at) {
        return u8(data, at) | u8(data, at + 1) << 8;
    }

    private static long u32be(byte[] data, int at) {
        return (long) u16be(data, at) << 16 | u16be(data, at + 2);
    }

    private static long u32le(byte[] data, int at) {
        return u16le(data, at) | (long) u16le(data, at + 2) << 16;
    }

    private static boolean regionStartsWith(byte[] data, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** JPEG: segments (marker, big-endian length including itself, payload) and entropy-coded scans. */
    private static final class Jpeg {

        private static final int SOI = 0xD8;
        private static final int EOI = 0xD9;
        private static final int SOS = 0xDA;
        private static final int APP0 = 0xE0;
        private static final int APP2 = 0xE2;
        private static final int APP14 = 0xEE;
        private static final int APP15 = 0xEF;
        private static final int COM = 0xFE;
        private static final byte[] JFIF = ascii("JFIF\0");
        private static final byte[] ICC_PROFILE = ascii("ICC_PROFILE\0");
        private static final byte[] ADOBE = ascii("Adobe");
        /** JFIF payload up to and including the thumbnail size bytes (identifier, version, units, densities). */
        private static final int JFIF_WITHOUT_THUMBNAIL = 14;

        static Stripped strip(byte[] in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
            out.write(0xFF);
            out.write(SOI);
            int pos = 2;
            long width = -1;
            long height = -1;
            boolean scanned = false;
            while (true) {
                if (u8(in, pos) != 0xFF) {
                    throw corrupt();
                }
                while (u8(in, pos) == 0xFF) {
                    pos++; // fill bytes before a marker
                }
                int marker = in[pos++] & 0xFF;
                if (marker == EOI) {
                    if (!scanned) {
                        throw corrupt();
                    }
                    out.write(0xFF);
                    out.write(EOI);
                    return new Stripped(out.toByteArray(), width, height); // anything after EOI is dropped
                }
                if (marker == 0x00 || marker == 0x01 || marker == SOI || (marker >= 0xD0 && marker <= 0xD7)) {
                    throw corrupt(); // stuffing, TEM, a second SOI or a restart marker outside a scan
                }
                int length = u16be(in, pos);
                int payload = pos + 2;
                int end = pos + length;
                if (length < 2 || end > in.length) {
                    throw corrupt();
                }
                if (isFrameHeader(marker)) {
                    if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2) {
                        throw new ImageRejectedException(Reason.UNSUPPORTED_TYPE); // lossless, arithmetic, JPEG-LS
                    }
                    if (length < 8) {
                        throw corrupt();
                    }
                    if (width < 0) {
                        height = u16be(in, payload + 1);
                        width = u16be(in, payload + 3);
                    }
                }
                if (marker == SOS) {
                    if (width < 0) {
                        throw corrupt(); // a scan before the frame header
                    }
                    int scanEnd = endOfScan(in, end);
                    out.write(in, pos - 2, scanEnd - (pos - 2));
                    scanned = true;
                    pos = scanEnd;
                    continue;
                }
                if (marker == APP0) {
                    if (regionStartsWith(in, payload, end, JFIF) && end - payload >= JFIF_WITHOUT_THUMBNAIL) {
                        writeJfifWithoutThumbnail(out, in, payload);
                    }
                } else if (keep(marker, in, payload, end)) {
                    out.write(in, pos - 2, end - (pos - 2));
                }
                pos = end;
            }
        }

        /** SOF0-SOF15 (C0-CF) except DHT (C4), JPG (C8) and DAC (CC), plus JPEG-LS's SOF55 (F7). */
        private static boolean isFrameHeader(int marker) {
            return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
                    || marker == 0xF7;
        }

        private static boolean keep(int marker, byte[] in, int payload, int end) {
            if (marker == APP2) {
                return regionStartsWith(in, payload, end, ICC_PROFILE);
            }
            if (marker == APP14) {
                return regionStartsWith(in, payload, end, ADOBE);
            }
            return marker != COM && (marker < APP0 || marker > APP15);
        }

        private static void writeJfifWithoutThumbnail(ByteArrayOutputStream out, byte[] in, int payload) {
            out.write(0xFF);
            out.write(APP0);
            out.write(0);
            out.write(2 + JFIF_WITHOUT_THUMBNAIL);
            out.write(in, payload, JFIF_WITHOUT_THUMBNAIL - 2);
            out.write(0); // thumbnail width
            out.write(0); // thumbnail height
        }

        /**
         * Where the entropy-coded data starting at {@code from} ends: at the next marker, that is 0xFF followed by
         * anything but a stuffed zero, a restart marker or another 0xFF.
         */
        private static int endOfScan(byte[] in, int from) {
            int i = from;
            while (i + 1 < in.length) {
                if ((in[i] & 0xFF) != 0xFF) {
                    i++;
                    continue;
                }
                int next = in[i + 1] & 0xFF;
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    i += 2;
                } else if (next == 0xFF) {
                    i++;
                } else {
                    return i;
                }
            }
            throw corrupt(); // the data ends inside a scan: truncated, no EOI
        }
    }

    /** PNG: signature, then chunks (big-endian length, type, data, CRC-32 of type and data) from IHDR to IEND. */
    private static final class Png {

        private static final int SIGNATURE_LENGTH = 8;
        private static final Set<String> KEPT = Set.of(
                "IHDR", "PLTE", "IDAT", "IEND",
                "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "cICP", "mDCV", "mDCv", "cLLI", "cLLi",
                "sBIT", "bKGD", "hIST", "pHYs", "sPLT",
                "acTL", "fcTL", "fdAT");

        static Stripped strip(byte[] in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
            out.write(in, 0, SIGNATURE_LENGTH);
            int pos = SIGNATURE_LENGTH;
            long width = -1;
            long height = -1;
            boolean imageData = false;
            while (true) {
                long length = u32be(in, pos);
                if (length > in.length - pos - 12L) {
                    throw corrupt();
                }
                int dataStart = pos + 8;
                int dataEnd = dataStart + (int) length;
                String type = chunkType(in, pos + 4);
                CRC32 crc = new CRC32();
                crc.update(in, pos + 4, 4 + (int) length);
                if (crc.getValue() != u32be(in, dataEnd)) {
                    throw corrupt();
                }
                boolean first = pos == SIGNATURE_LENGTH;
                if (first != type.equals("IHDR")) {
                    throw corrupt(); // IHDR must come first, and only once
                }
                if (first) {
                    if (length != 13) {
                        throw corrupt();
                    }
                    width = u32be(in, dataStart);
                    height = u32be(in, dataStart + 4);
                }
                imageData |= type.equals("IDAT");
                boolean critical = Character.isUpperCase(type.charAt(0));
                if (critical && !KEPT.contains(type)) {
                    throw corrupt(); // an unknown critical chunk: no decoder may show the image
                }
                if (KEPT.contains(type)) {
                    out.write(in, pos, 12 + (int) length);
                }
                pos = dataEnd + 4;
                if (type.equals("IEND")) {
                    if (length != 0 || !imageData) {
                        throw corrupt();
                    }
                    return new Stripped(out.toByteArray(), width, height); // anything after IEND is dropped
                }
            }
        }

        private static String chunkType(byte[] in, int at) {
            char[] type = new char[4];
            for (int i = 0; i < 4; i++) {
                int c = u8(in, at + i);
                if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                    throw corrupt();
                }
                type[i] = (char) c;
            }
            return new String(type);
        }
    }

    /** WebP: a RIFF container ("RIFF", little-endian size, "WEBP") of chunks (FourCC, size, data, pad to even). */
    private static final class Webp {

        private static final int HEADER_LENGTH = 12;
        private static final int VP8X_EXIF = 0x08;
        private static final int VP8X_XMP = 0x04;
        /** An ANMF chunk's frame header: position, size, duration and flags, before the frame's own chunks. */
        private static final int FRAME_HEADER_LENGTH = 16;
        private static final Set<String> KEPT = Set.of("VP8X", "VP8 ", "VP8L", "ALPH", "ANIM", "ANMF", "ICCP");
        private static final Set<String> KEPT_IN_FRAME = Set.of("VP8 ", "VP8L", "ALPH");

        static Stripped strip(byte[] in) {
            long riffSize = u32le(in, 4);
            if (riffSize < 4 || riffSize > in.length - 8L) {
                throw corrupt(); // truncated (a longer file has data after the container, dropped)
            }
            int end = 8 + (int) riffSize;
            ByteArrayOutputStream out = new ByteArrayOutputStream(end);
            out.write(in, 0, HEADER_LENGTH);
            int pos = HEADER_LENGTH;
            long[] canvas = null;
            long[] bitstream = null;
            boolean frames = false;
            int bitstreams = 0;
            while (pos < end) {
                Chunk chunk = Chunk.at(in, pos, end);
                boolean first = pos == HEADER_LENGTH;
                if (first && !chunk.is("VP8X") && !chunk.is("VP8 ") && !chunk.is("VP8L")) {
                    throw corrupt();
                }
                switch (chunk.fourCc()) {
                    case "VP8X" -> {
                        if (!first || chunk.size() < 10) {
                            throw corrupt();
                        }
                        canvas = new long[] {u24le(in, chunk.data() + 4) + 1L, u24le(in, chunk.data() + 7) + 1L};
                        byte[] copy = Arrays.copyOfRange(in, pos, chunk.next());
                        copy[8] &= (byte) ~(VP8X_EXIF | VP8X_XMP);
                        out.write(copy, 0, copy.length);
                    }
                    case "VP8 ", "VP8L" -> {
                        bitstream = bitstreamSize(in, chunk);
                        bitstreams++;
                        out.write(in, pos, chunk.next() - pos);
                    }
                    case "ANMF" -> {
                        if (canvas == null) {
                            throw corrupt(); // animation needs the extended format
                        }
                        writeFrame(out, in, chunk);
                        frames = true;
                    }
                    default -> {
                        if (KEPT.contains(chunk.fourCc())) {
                            out.write(in, pos, chunk.next() - pos); // ALPH, ANIM, ICCP
                        } // EXIF, XMP and anything else: dropped
                    }
                }
                pos = chunk.next();
            }
            if (bitstreams > 1) {
                throw corrupt();
            }
            long[] size;
            if (canvas == null) {
                size = bitstream; // the simple format: the first chunk is the bitstream
            } else {
                if (bitstream == null && !frames) {
                    throw corrupt(); // VP8X alone, no image data
                }
                if (bitstream != null && !frames && (bitstream[0] != canvas[0] || bitstream[1] != canvas[1])) {
                    throw corrupt();
                }
                size = canvas;
            }
            byte[] bytes = out.toByteArray();
            writeU32le(bytes, 4, bytes.length - 8);
            return new Stripped(bytes, size[0], size[1]);
        }

        /**
         * Copies an animation frame with only its image chunks (an ANMF chunk holds a frame header, then an optional
         * ALPH, a bitstream and possibly unknown chunks), rewriting its size.
         */
        private static void writeFrame(ByteArrayOutputStream out, byte[] in, Chunk frame) {
            if (frame.size() < FRAME_HEADER_LENGTH) {
                throw corrupt();
            }
            ByteArrayOutputStream kept = new ByteArrayOutputStream(frame.next() - frame.data());
            kept.write(in, frame.data(), FRAME_HEADER_LENGTH);
            int frameEnd = frame.data() + (int) frame.size();
            int pos = frame.data() + FRAME_HEADER_LENGTH;
            int bitstreams = 0;
            while (pos < frameEnd) {
                Chunk chunk = Chunk.at(in, pos, frameEnd);
                if (chunk.is("VP8 ") || chunk.is("VP8L")) {
                    bitstreamSize(in, chunk);
                    bitstreams++;
                }
                if (KEPT_IN_FRAME.contains(chunk.fourCc())) {
                    kept.write(in, pos, chunk.next() - pos);
                }
                pos = chunk.next();
            }
            if (bitstreams != 1) {
                throw corrupt();
            }
            byte[] header = {'A', 'N', 'M', 'F', 0, 0, 0, 0};
            writeU32le(header, 4, kept.size());
            out.write(header, 0, header.length);
            out.write(kept.toByteArray(), 0, kept.size());
        }

        private static long[] bitstreamSize(byte[] in, Chunk chunk) {
            return chunk.is("VP8 ") ? vp8Size(in, chunk.data(), chunk.size()) : vp8lSize(in, chunk.data(), chunk.size());
        }

        /** A lossy key frame: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height. */
        private static long[] vp8Size(byte[] in, int data, long size) {
            if (size < 10) {
                throw corrupt();
            }
            if ((u8(in, data) & 1) != 0) {
                throw corrupt(); // not a key frame
            }
            if (u8(in, data + 3) != 0x9D || u8(in, data + 4) != 0x01 || u8(in, data + 5) != 0x2A) {
                throw corrupt();
            }
            return new long[] {u16le(in, data + 6) & 0x3FFF, u16le(in, data + 8) & 0x3FFF};
        }

        /** A lossless bitstream: signature 0x2F, then 14 bits width - 1, 14 bits height - 1, alpha bit, version 0. */
        private static long[] vp8lSize(byte[] in, int data, long size) {
            if (size < 5 || u8(in, data) != 0x2F) {
                throw corrupt();
            }
            long bits = u32le(in, data + 1);
            if (bits >>> 29 != 0) {
                throw corrupt(); // unknown version
            }
            return new long[] {(bits & 0x3FFF) + 1, (bits >>> 14 & 0x3FFF) + 1};
        }

        private static int u24le(byte[] data, int at) {
            return u16le(data, at) | u8(data, at + 2) << 16;
        }

        private static void writeU32le(byte[] data, int at, int value) {
            data[at] = (byte) value;
            data[at + 1] = (byte) (value >>> 8);
            data[at + 2] = (byte) (value >>> 16);
            data[at + 3] = (byte) (value >>> 24);
        }

        /** One chunk inside {@code [pos, end)}: its data starts at {@code data}, the next chunk at {@code next}. */
        private record Chunk(String fourCc, long size, int data, int next) {

            static Chunk at(byte[] in, int pos, int end) {
                if (end - pos < 8) {
                    throw corrupt();
                }
                long size = u32le(in, pos + 4);
                long padded = size + (size & 1);
                if (padded > end - pos - 8L) {
                    throw corrupt();
                }
                return new Chunk(new String(in, pos, 4, StandardCharsets.ISO_8859_1), size, pos + 8,
                        pos + 8 + (int) padded);
            }

            boolean is(String type) {
                return fourCc.equals(type);
            }
        }
    }
}
