package vn.tdc.portal.media.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdc.portal.media.domain.ImageRejectedException.Reason;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageSanitizerTest {

    private static final int LIMIT = 5 * 1024 * 1024;
    private static final String ARTIST = "Nguyen Van An";
    private static final String PLACE = "Hem 42 Le Loi, Phuong Ben Nghe";

    private final ImageSanitizer sanitizer = new ImageSanitizer(LIMIT);

    @Nested
    class Jpeg {

        @Test
        void should_remove_exif_with_gps_location_and_keep_the_picture() {
            // given a phone-like photo: JPEG with an Exif APP1 segment holding the owner's name and a GPS position
            byte[] upload = insertAfterSoi(jpeg(64, 48), segment(0xE1, exifPayload()));
            assertThat(contains(upload, "Exif")).isTrue();
            assertThat(contains(upload, PLACE)).isTrue();

            // when
            CleanImage clean = sanitizer.clean(upload);

            // then
            byte[] bytes = clean.bytes();
            assertThat(clean.format()).isEqualTo(ImageFormat.JPEG);
            assertThat(contains(bytes, "Exif")).isFalse();
            assertThat(contains(bytes, ARTIST)).isFalse();
            assertThat(contains(bytes, PLACE)).isFalse();
            assertThat(markers(bytes)).doesNotContain(0xE1);
            assertThat(clean.width()).isEqualTo(64);
            assertThat(clean.height()).isEqualTo(48);
            assertDecodes(bytes, 64, 48);
            assertThat(clean.sha256()).isEqualTo(sha256(bytes));
        }

        @Test
        void should_remove_xmp_photoshop_iptc_comments_and_other_application_segments() {
            // given
            byte[] upload = insertAfterSoi(jpeg(32, 32),
                    segment(0xE1, bytes("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>10,46.5N"
                            + "</exif:GPSLatitude><dc:creator>" + ARTIST + "</dc:creator></x:xmpmeta>")),
                    segment(0xED, bytes("Photoshop 3.0\u00008BIM\u0004\u0004\0\0\0\0\0\u0010" + PLACE)),
                    segment(0xFE, bytes("Chup tai " + PLACE)),
                    segment(0xEB, bytes("JP\0\0c2pa " + ARTIST)),
                    segment(0xE2, bytes("MPF\0multi-picture index")));

            // when
            CleanImage clean = sanitizer.clean(upload);

            // then
            byte[] bytes = clean.bytes();
            assertThat(contains(bytes, ARTIST)).isFalse();
            assertThat(contains(bytes, PLACE)).isFalse();
            assertThat(contains(bytes, "MPF")).isFalse();
            assertThat(markers(bytes)).doesNotContain(0xE1, 0xE2, 0xEB, 0xED, 0xFE);
            assertDecodes(bytes, 32, 32);
        }

        @Test
        void should_keep_the_jfif_header_the_icc_profile_and_the_adobe_segment() {
            // given
            byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            byte[] iccSegment = segment(0xE2, concat(bytes("ICC_PROFILE\0"), new byte[] {1, 1}, icc));
            byte[] adobeSegment = segment(0xEE, concat(bytes("Adobe"), new byte[] {0, 100, 0, 0, 0, 0, 1}));
            byte[] original = jpeg(40, 30);
            byte[] upload = insertAfterJfif(original, iccSegment, adobeSegment);

            // when
            byte[] bytes = sanitizer.clean(upload).bytes();

            // then
            assertThat(Arrays.copyOfRange(bytes, 0, 20)).isEqualTo(Arrays.copyOfRange(original, 0, 20));
            assertThat(indexOf(bytes, iccSegment)).isPositive();
            assertThat(indexOf(bytes, adobeSegment)).isPositive();
            assertDecodes(bytes, 40, 30);
        }

        @Test
        void should_remove_the_thumbnail_embedded_in_the_jfif_header() {
            // given a JFIF APP0 segment carrying a 2x1 RGB thumbnail (it may show what the resident cropped away)
            byte[] original = jpeg(40, 30);
            byte[] jfif = Arrays.copyOfRange(original, 2, 20);
            byte[] payload = concat(Arrays.copyOfRange(jfif, 4, 16), new byte[] {2, 1}, new byte[] {9, 9, 9, 8, 8, 8});
            byte[] upload = concat(Arrays.copyOfRange(original, 0, 2), segment(0xE0, payload),
                    Arrays.copyOfRange(original, 20, original.length));

            // when
            byte[] bytes = sanitizer.clean(upload).bytes();

            // then the header is back to 16 bytes with a 0x0 thumbnail
            assertThat(Arrays.copyOfRange(bytes, 2, 20)).isEqualTo(jfif);
            assertThat(jfif[16]).isZero();
            assertThat(jfif[17]).isZero();
            assertDecodes(bytes, 40, 30);
        }

        @Test
        void should_clean_a_progressive_jpeg_with_several_scans() throws Exception {
            // given
            byte[] upload = insertAfterSoi(progressiveJpeg(80, 60), segment(0xE1, exifPayload()));
            assertThat(markers(upload).stream().filter(m -> m == 0xDA).count()).isGreaterThan(1);

            // when
            CleanImage clean = sanitizer.clean(upload);

            // then every scan is kept and the metadata is gone
            byte[] bytes = clean.bytes();
            assertThat(markers(bytes).stream().filter(m -> m == 0xDA).count())
                    .isEqualTo(markers(upload).stream().filter(m -> m == 0xDA).count());
            assertThat(contains(bytes, PLACE)).isFalse();
            assertDecodes(bytes, 80, 60);
            assertThat(clean.sha256()).isEqualTo(sha256(bytes));
        }

        @Test
        void should_drop_php_code_appended_after_the_end_of_the_image() {
            // given a polyglot: a valid JPEG followed by a script
            byte[] original = jpeg(16, 16);
            byte[] upload = concat(original, bytes("<?php system($_GET['c']); ?>"));

            // when
            byte[] bytes = sanitizer.clean(upload).bytes();

            // then
            assertThat(contains(bytes, "<?php")).isFalse();
            assertThat(bytes).isEqualTo(original);
        }

        @Test
        void should_reject_a_truncated_jpeg_as_corrupt() {
            // given
            byte[] original = jpeg(64, 48);
            byte[] upload = Arrays.copyOf(original, original.length / 2);

            // when / then
            assertRejected(upload, Reason.CORRUPT);
        }

        @Test
        void should_reject_a_jpeg_without_frame_header_or_scan_as_corrupt() {
            // given SOI, JFIF, EOI only
            byte[] original = jpeg(8, 8);
            byte[] upload = concat(Arrays.copyOfRange(original, 0, 20), new byte[] {(byte) 0xFF, (byte) 0xD9});

            // when / then
            assertRejected(upload, Reason.CORRUPT);
        }

        @Test
        void should_reject_a_jpeg_whose_height_is_zero_as_corrupt() {
            // given
            byte[] upload = jpeg(8, 8);
            int sof = indexOf(upload, new byte[] {(byte) 0xFF, (byte) 0xC0});
            upload[sof + 5] = 0;
            upload[sof + 6] = 0;

            // when / then
            assertRejected(upload, Reason.CORRUPT);
        }

        @Test
        void should_reject_an_arithmetic_coded_jpeg_as_unsupported() {
            // given the frame header says SOF9 (arithmetic coding, not shown by every browser)
            byte[] upload = jpeg(8, 8);
            upload[indexOf(upload, new byte[] {(byte) 0xFF, (byte) 0xC0}) + 1] = (byte) 0xC9;

            // when / then
            assertRejected(upload, Reason.UNSUPPORTED_TYPE);
        }
    }

    @Nested
    class Png {

        @Test
        void should_remove_exif_text_and_time_chunks_and_keep_the_picture() {
            // given
            byte[] original = png(50, 20);
            byte[] upload = insertAfterIhdr(original,
                    chunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F}),
                    chunk("eXIf", tiffWithGps()),
                    chunk("tEXt", bytes("Author\0" + ARTIST)),
                    chunk("zTXt", concat(bytes("Location\0\0"), deflate(bytes(PLACE)))),
                    chunk("iTXt", bytes("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>" + PLACE + "</x:xmpmeta>")),
                    chunk("tIME", new byte[] {7, (byte) 0xE9, 3, 14, 9, 30, 0}),
                    chunk("caBX", bytes("c2pa manifest of " + ARTIST)));

            // when
            CleanImage clean = sanitizer.clean(upload);

            // then
            byte[] bytes = clean.bytes();
            assertThat(chunkTypes(upload)).contains("eXIf", "tEXt", "zTXt", "iTXt", "tIME", "caBX");
            assertThat(chunkTypes(bytes)).containsExactlyElementsOf(
                    concatTypes(List.of("IHDR", "gAMA"), chunkTypes(original).subList(1, chunkTypes(original).size())));
            assertThat(contains(bytes, ARTIST)).isFalse();
            assertThat(contains(bytes, PLACE)).isFalse();
            assertThat(contains(bytes, "GPS")).isFalse();
            assertThat(clean.format()).isEqualTo(ImageFormat.PNG);
            assertThat(clean.width()).isEqualTo(50);
            assertThat(clean.height()).isEqualTo(20);
            assertDecodes(bytes, 50, 20);
            assertThat(clean.sha256()).isEqualTo(sha256(bytes));
        }

        @Test
        void should_leave_a_png_without_metadata_unchanged() {
            // given
            byte[] upload = png(10, 10);

            // when
            CleanImage clean = sanitizer.clean(upload);

            // then
            assertThat(clean.bytes()).isEqualTo(upload);
        }

        @Test
        void should_reject_a_png_with_a_bad_crc_as_corrupt() {
            // given
            byte[] upload = png(10, 10);
            upload[indexOf(upload, bytes("IDAT")) + 6] ^= 0x5A;

            // when / then
            assertRejected(upload, Reason.CORRUPT);
        }

        @Test
        void should_reject_a_png_without_iend_as_corrupt() {
            // given
            byte[] original = png(10, 10);
            byte[] upload = Arrays.copyOf(original, original.length - 12);

            // when / then
            assertRejected(upload, Reason.CORRUPT);
        }

        @Test
        void should_reject_a_png_whose_first_chunk_is_not_ihdr_as_corrupt() {
            // given
            byte[] original = png(10, 10);
            byte[] upload = concat(Arrays.copyOf(original, 8), chunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F}),
                    Arrays.copyOfRange(original, 8, original.length));

            // when / then
            assertRejected(upload, Reason.CORRUPT);
        }

        @Test
        void should_reject_a_png_whose_pixel_data_does_not_decode_as_corrupt() {
            // given chunks with valid CRCs, but IDAT is not zlib data
            byte[] upload = concat(pngSignature(), ihdr(4, 4), chunk("IDAT", bytes("not deflated at all")),
                    chunk("IEND", new byte[0]));

            // when / then
            assertRejected(upload, Reason.CORRUPT);
        }

        @Test
        void should_refuse_a_decompression_bomb_before_decoding_it() {
            // given 300 bytes that announce 20000 x 20000 pixels (400 million)
            byte[] upload = concat(pngSignature(), ihdr(20_000, 20_000), chunk("IDAT", deflate(new byte[100_000])),
                    chunk("IEND", new byte[0]));
            assertThat(upload.length).isLessThan(1_000);

            // when / then
            assertRejected(upload, Reason.TOO_LARGE);
        }

        @Test
        void should_reject_a_png_wider_than_20000_pixels_as_corrupt() {
            // given
            byte[] upload = concat(pngSignature(), ihdr(20_001, 1), chunk("IDAT", deflate(new byte[20_002])),
                    chunk("IEND", new byte[0]));

            // when / then
            assertRejected(upload, Reason.CORRUPT);
        }
    }

    @Nested
    class Webp {

        /** A complete lossless bitstream of 3 x 2 white pixels: header 2F, then four single-symbol prefix codes. */
        static final byte[] VP8L_3X2 = HexFormat.of().parseHex("2f02400000e87ffffbdfff00");
        /** A lossy key frame of 5 x 4 pixels. */
        static final byte[] VP8_5X4 = HexFormat.of().parseHex(
                "9001009d012a0500040002c04c25a00274ba00039800feed903f885dec6dbffcf4cfeb6fe3ff19000000");

        static final int ICC = 0x20;
        static final int EXIF = 0x08;
        static final int XMP = 0x04;
        static final int ANIMATION = 0x02;

        @Test
        void should_remove_exif_and_xmp_chunks_clear_their_flags_and_rewrite_the_riff_size() {
            // given
            byte[] upload = riff(
                    chunk4("VP8X", vp8x(ICC | EXIF | XMP, 3, 2)),
                    chunk4("ICCP", bytes("fake colour profile")),
                    chunk4("VP8L", VP8L_3X2),
                    chunk4("EXIF", concat(tiffWithGps(), new byte[] {1})),
                    chunk4("XMP ", bytes("<x:xmpmeta>" + PLACE + "</x:xmpmeta>")));
            assertThat(contains(upload, PLACE)).isTrue();

            // when
            CleanImage clean = sanitizer.clean(upload);

            // then
            byte[] bytes = clean.bytes();
            assertThat(webpChunkTypes(bytes)).containsExactly("VP8X", "ICCP", "VP8L");
            assertThat(bytes[20] & 0xFF).isEqualTo(ICC);
            assertThat(littleEndian(bytes, 4)).isEqualTo(bytes.length - 8);
            assertThat(contains(bytes, PLACE)).isFalse();
            assertThat(contains(bytes, "GPS")).isFalse();
            assertThat(clean.format()).isEqualTo(ImageFormat.WEBP);
            assertThat(clean.width()).isEqualTo(3);
            assertThat(clean.height()).isEqualTo(2);
            assertThat(clean.sha256()).isEqualTo(sha256(bytes));
        }

        @Test
        void should_read_the_size_of_a_simple_lossless_webp_and_leave_it_unchanged() {
            // given
            byte[] upload = riff(chunk4("VP8L", VP8L_3X2));

            // when
            CleanImage clean = sanitizer.clean(upload);

            // then
            assertThat(clean.bytes()).isEqualTo(upload);
            assertThat(clean.width()).isEqualTo(3);
            assertThat(clean.height()).isEqualTo(2);
        }

        @Test
        void should_read_the_size_of_a_simple_lossy_webp() {
            // given
            byte[] upload = riff(chunk4("VP8 ", VP8_5X4));

            // when
            CleanImage clean = sanitizer.clean(upload);

            // then
            assertThat(clean.width()).isEqualTo(5);
            assertThat(clean.height()).isEqualTo(4);
        }

        @Test
        void should_keep_only_the_image_chunks_inside_animation_frames() {
            // given an animation whose frame carries an unknown chunk next to its bitstream
            byte[] frame = concat(new byte[16], chunk4("VP8L", VP8L_3X2), chunk4("XYZW", bytes(PLACE)));
            byte[] upload = riff(
                    chunk4("VP8X", vp8x(ANIMATION | EXIF, 3, 2)),
                    chunk4("ANIM", new byte[6]),
                    chunk4("ANMF", frame),
                    chunk4("EXIF", tiffWithGps()));

            // when
            CleanImage clean = sanitizer.clean(upload);

            // then
            byte[] bytes = clean.bytes();
            assertThat(webpChunkTypes(bytes)).containsExactly("VP8X", "ANIM", "ANMF");
            assertThat(bytes[20] & 0xFF).isEqualTo(ANIMATION);
            assertThat(contains(bytes, PLACE)).isFalse();
            int anmf = indexOf(bytes, bytes("ANMF"));
            assertThat(littleEndian(bytes, anmf + 4)).isEqualTo(16 + 8 + VP8L_3X2.length);
            assertThat(littleEndian(bytes, 4)).isEqualTo(bytes.length - 8);
        }

        @Test
        void should_drop_data_appended_after_the_riff_container() {
            // given
            byte[] original = riff(chunk4("VP8L", VP8L_3X2));
            byte[] upload = concat(original, bytes("<?php echo 1; ?>"));

            // when
            byte[] bytes = sanitizer.clean(upload).bytes();

            // then
            assertThat(bytes).isEqualTo(original);
        }

        @Test
        void should_reject_a_webp_cut_short_as_corrupt() {
            // given
            byte[] original = riff(chunk4("VP8 ", VP8_5X4));
            byte[] upload = Arrays.copyOf(original, original.length - 10);

            // when / then
            assertRejected(upload, Reason.CORRUPT);
        }

        @Test
        void should_reject_a_webp_without_image_data_as_corrupt() {
            // given
            byte[] upload = riff(chunk4("VP8X", vp8x(EXIF, 3, 2)), chunk4("EXIF", tiffWithGps()));

            // when / then
            assertRejected(upload, Reason.CORRUPT);
        }

        @Test
        void should_reject_a_webp_whose_canvas_and_bitstream_sizes_differ_as_corrupt() {
            // given
            byte[] upload = riff(chunk4("VP8X", vp8x(0, 30, 20)), chunk4("VP8L", VP8L_3X2));

            // when / then
            assertRejected(upload, Reason.CORRUPT);
        }
    }

    @Nested
    class Refusals {

        @Test
        void should_reject_no_bytes_as_empty() {
            assertRejected(new byte[0], Reason.EMPTY);
            assertRejected(null, Reason.EMPTY);
        }

        @Test
        void should_reject_more_bytes_than_the_limit_as_too_large() {
            // given
            byte[] upload = jpeg(64, 64);
            ImageSanitizer strict = new ImageSanitizer(upload.length - 1);

            // when / then
            assertThatThrownBy(() -> strict.clean(upload))
                    .isInstanceOfSatisfying(ImageRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        }

        @Test
        void should_accept_an_image_of_exactly_the_limit() {
            // given
            byte[] upload = jpeg(64, 64);

            // when
            CleanImage clean = new ImageSanitizer(upload.length).clean(upload);

            // then
            assertThat(clean.width()).isEqualTo(64);
        }

        @Test
        void should_reject_php_file_named_jpg() {
            // given what a client sent as "anh.jpg" with type image/jpeg: the name is not even an input
            byte[] upload = bytes("<?php system($_GET['cmd']); ?>");

            // when / then
            assertRejected(upload, Reason.UNSUPPORTED_TYPE);
        }

        @Test
        void should_reject_a_gif() throws IOException {
            // given
            ByteArrayOutputStream gif = new ByteArrayOutputStream();
            ImageIO.write(picture(8, 8, BufferedImage.TYPE_INT_RGB), "gif", gif);

            // when / then
            assertRejected(gif.toByteArray(), Reason.UNSUPPORTED_TYPE);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>",
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj",
                "RIFF\u0004\0\0\0WAVE",
                "\u00ff\u00d8"
        })
        void should_reject_content_that_is_not_jpeg_png_or_webp(String content) {
            assertRejected(content.getBytes(StandardCharsets.ISO_8859_1), Reason.UNSUPPORTED_TYPE);
        }

        @Test
        void should_not_accept_a_limit_below_one_byte() {
            assertThatThrownBy(() -> new ImageSanitizer(0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // --- assertions ------------------------------------------------------------------------------------------------

    private void assertRejected(byte[] upload, Reason reason) {
        assertThatThrownBy(() -> sanitizer.clean(upload))
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static void assertDecodes(byte[] bytes, int width, int height) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isEqualTo(width);
            assertThat(image.getHeight()).isEqualTo(height);
        } catch (IOException e) {
            throw new AssertionError("the cleaned image does not decode", e);
        }
    }

    // --- test pictures ---------------------------------------------------------------------------------------------

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] jpeg(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    private static byte[] png(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(ImageIO.write(image, format, out)).isTrue();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] progressiveJpeg(int width, int height) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(picture(width, height, BufferedImage.TYPE_INT_RGB), null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** An Exif APP1 payload: "Exif\0\0" then a TIFF structure. */
    private static byte[] exifPayload() {
        return concat(bytes("Exif\0\0"), tiffWithGps());
    }

    /**
     * A big-endian TIFF structure as cameras write: IFD0 with Artist and a GPS IFD pointer; the GPS IFD with latitude,
     * longitude and an area description.
     */
    private static byte[] tiffWithGps() {
        byte[] artist = bytes(ARTIST + "\0");
        byte[] area = bytes("ASCII\0\0\0" + PLACE);
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 2 * 12 + 4;
        int latitude = gpsIfd + 2 + 5 * 12 + 4;
        int longitude = latitude + 24;
        int artistAt = longitude + 24;
        int areaAt = artistAt + artist.length;
        ByteBuffer tiff = ByteBuffer.allocate(areaAt + area.length).order(ByteOrder.BIG_ENDIAN);
        tiff.put(bytes("MM")).putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 2);
        entry(tiff, 0x013B, 2, artist.length, artistAt);       // Artist
        entry(tiff, 0x8825, 4, 1, gpsIfd);                     // GPSInfo
        tiff.putInt(0);
        tiff.putShort((short) 5);
        entry(tiff, 0x0001, 2, 2, 'N' << 24);                  // GPSLatitudeRef
        entry(tiff, 0x0002, 5, 3, latitude);                   // GPSLatitude
        entry(tiff, 0x0003, 2, 2, 'E' << 24);                  // GPSLongitudeRef
        entry(tiff, 0x0004, 5, 3, longitude);                  // GPSLongitude
        entry(tiff, 0x001C, 7, area.length, areaAt);           // GPSAreaInformation
        tiff.putInt(0);
        tiff.putInt(10).putInt(1).putInt(46).putInt(1).putInt(3912).putInt(100);
        tiff.putInt(106).putInt(1).putInt(42).putInt(1).putInt(318).putInt(100);
        tiff.put(artist).put(area);
        return tiff.array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    // --- JPEG structure --------------------------------------------------------------------------------------------

    private static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
    }

    private static byte[] insertAfterSoi(byte[] jpeg, byte[]... segments) {
        return insertAt(jpeg, 2, segments);
    }

    private static byte[] insertAfterJfif(byte[] jpeg, byte[]... segments) {
        assertThat(jpeg[3] & 0xFF).isEqualTo(0xE0);
        return insertAt(jpeg, 4 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF), segments);
    }

    private static byte[] insertAt(byte[] data, int at, byte[]... parts) {
        return concat(Arrays.copyOf(data, at), concat(parts), Arrays.copyOfRange(data, at, data.length));
    }

    /** The markers of the segments before and between scans (entropy-coded data skipped). */
    private static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int pos = 2;
        while (pos + 3 < jpeg.length) {
            int marker = jpeg[pos + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xD9) {
                break;
            }
            pos += 2 + ((jpeg[pos + 2] & 0xFF) << 8 | jpeg[pos + 3] & 0xFF);
            if (marker == 0xDA) {
                while (!((jpeg[pos] & 0xFF) == 0xFF && (jpeg[pos + 1] & 0xFF) != 0
                        && ((jpeg[pos + 1] & 0xFF) < 0xD0 || (jpeg[pos + 1] & 0xFF) > 0xD7))) {
                    pos++;
                }
            }
        }
        return markers;
    }

    // --- PNG structure ---------------------------------------------------------------------------------------------

    private static byte[] pngSignature() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    }

    private static byte[] ihdr(int width, int height) {
        return chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 0, 0, 0, 0})
                .array());
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeAndData = concat(bytes(type), data);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeAndData).putInt((int) crc.getValue())
                .array();
    }

    private static byte[] insertAfterIhdr(byte[] png, byte[]... chunks) {
        return insertAt(png, 8 + 12 + 13, chunks);
    }

    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        for (int pos = 8; pos + 8 <= png.length; ) {
            int length = ByteBuffer.wrap(png, pos, 4).getInt();
            types.add(new String(png, pos + 4, 4, StandardCharsets.US_ASCII));
            pos += 12 + length;
        }
        return types;
    }

    private static List<String> concatTypes(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }

    // --- WebP structure --------------------------------------------------------------------------------------------

    private static byte[] riff(byte[]... chunks) {
        byte[] body = concat(bytes("WEBP"), concat(chunks));
        return concat(bytes("RIFF"), littleEndian32(body.length), body);
    }

    /** A RIFF chunk: FourCC, little-endian size, data, a zero pad byte if the size is odd. */
    private static byte[] chunk4(String fourCc, byte[] data) {
        byte[] pad = new byte[data.length % 2];
        return concat(bytes(fourCc), littleEndian32(data.length), data, pad);
    }

    private static byte[] vp8x(int flags, int width, int height) {
        byte[] data = new byte[10];
        data[0] = (byte) flags;
        data[4] = (byte) (width - 1);
        data[5] = (byte) ((width - 1) >> 8);
        data[7] = (byte) (height - 1);
        data[8] = (byte) ((height - 1) >> 8);
        return data;
    }

    private static List<String> webpChunkTypes(byte[] webp) {
        List<String> types = new ArrayList<>();
        for (int pos = 12; pos + 8 <= webp.length; ) {
            int size = littleEndian(webp, pos + 4);
            types.add(new String(webp, pos, 4, StandardCharsets.US_ASCII));
            pos += 8 + size + (size & 1);
        }
        return types;
    }

    private static byte[] littleEndian32(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    private static int littleEndian(byte[] data, int at) {
        return ByteBuffer.wrap(data, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    // --- bytes -----------------------------------------------------------------------------------------------------

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] data, String text) {
        return indexOf(data, bytes(text)) >= 0;
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
