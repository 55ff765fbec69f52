package vn.tdc.portal.report.application;

import vn.tdc.portal.unit.domain.UnitKey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdc.portal.media.domain.CleanImage;
import vn.tdc.portal.media.domain.ImageSanitizer;
import vn.tdc.portal.media.infrastructure.ImageStore;
import vn.tdc.portal.report.domain.Report;
import vn.tdc.portal.report.domain.ReportChannel;
import vn.tdc.portal.report.domain.ReportContact;
import vn.tdc.portal.report.domain.ReportPhoto;
import vn.tdc.portal.report.domain.ReportPlace;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.TrackingCode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPhotoAccessTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @TempDir
    Path images;

    private final Map<Long, Report> reports = new HashMap<>();
    private final Map<Long, ReportPhoto> photos = new HashMap<>();
    private final ReportPhotoAccess access = new ReportPhotoAccess();
    private Report report;

    @BeforeEach
    void storeOnePhotoOfAnUnpublishedReport() throws Exception {
        access.reports = repository();
        access.images = new ImageStore(images);
        report = new Report(new UnitKey(101, "/bac-ninh/xa-dong-cuu/"), TrackingCode.generate(2026), null, "can-thieu", "phong-kinh-te", 10, ReportChannel.WEB,
                new ReportPlace("Chợ Đông Cứu", "", null, null), null, "Cân thiếu 2 lạng", null, "{}",
                new ReportContact("Lan", "", ""), NOW);
        setId(report, 7L);
        reports.put(7L, report);
        CleanImage image = new ImageSanitizer(5_000_000).clean(png());
        access.images.store(image);
        ReportPhoto photo = new ReportPhoto(7L, image.sha256(), image.format(), image.bytes().length, image.width(),
                image.height(), NOW);
        setId(photo, 31L);
        photos.put(31L, photo);
    }

    @Test
    void should_serve_the_photo_to_the_holder_of_the_tracking_code_in_any_case() {
        String typed = " " + report.trackingCode().value().toLowerCase() + " ";

        Optional<ReportPhotoAccess.PhotoFile> file = access.find("31", typed, false);

        assertThat(file).isPresent();
        assertThat(file.get().mediaType()).isEqualTo("image/png");
        assertThat(Files.isRegularFile(file.get().path())).isTrue();
    }

    @Test
    void should_hide_the_photo_of_an_unpublished_report_from_everyone_else() {
        assertThat(access.find("31", null, false)).isEmpty();
        assertThat(access.find("31", "PA-2026-ABCDEFGH", false)).isEmpty();
        assertThat(access.find("31", "khong-phai-ma", false)).isEmpty();
    }

    @Test
    void should_serve_the_photo_to_officers_and_once_the_report_is_published() {
        assertThat(access.find("31", null, true)).isPresent();

        report.publish("canbo", NOW);

        assertThat(access.find("31", null, false)).isPresent();
    }

    @Test
    void should_answer_unknown_ids_and_non_numbers_alike() {
        assertThat(access.find("32", report.trackingCode().value(), true)).isEmpty();
        assertThat(access.find("abc", null, true)).isEmpty();
        assertThat(access.find("../31", null, true)).isEmpty();
        assertThat(access.find("031", null, true)).isEmpty();
        assertThat(access.find("99999999999999999999", null, true)).isEmpty();
        assertThat(access.find(null, null, true)).isEmpty();
    }

    @Test
    void should_answer_not_found_when_the_file_is_gone() throws IOException {
        try (var files = Files.walk(images)) {
            files.filter(Files::isRegularFile).forEach(file -> file.toFile().delete());
        }

        assertThat(access.find("31", null, true)).isEmpty();
    }

    /** The two look-ups the access rule makes, over the maps of this test. */
    private ReportRepository repository() {
        return (ReportRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{ReportRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "findPhoto" -> Optional.ofNullable(photos.get((Long) args[0]));
                    case "findById" -> Optional.ofNullable(reports.get((Long) args[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void setId(Object entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(12, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
