package vn.tdc.portal.media.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdc.portal.media.domain.CleanImage;
import vn.tdc.portal.media.domain.ImageFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageStoreTest {

    @TempDir
    Path dataDirectory;

    @Test
    void should_store_an_image_under_its_sha256_in_a_folder_named_after_its_first_two_digits() throws IOException {
        // given
        Path images = dataDirectory.resolve("images");
        ImageStore store = new ImageStore(images);
        CleanImage image = image(ImageFormat.JPEG, "ảnh đèn đường hỏng");

        // when
        boolean written = store.store(image);

        // then
        Path expected = images.resolve(image.sha256().substring(0, 2)).resolve(image.sha256() + ".jpg");
        assertThat(written).isTrue();
        assertThat(expected).isRegularFile();
        assertThat(Files.readAllBytes(expected)).isEqualTo(image.bytes());
        assertThat(filesUnder(images)).containsExactly(images.relativize(expected).toString());
    }

    @Test
    void should_not_write_the_same_content_twice() {
        // given
        ImageStore store = new ImageStore(dataDirectory);
        CleanImage image = image(ImageFormat.PNG, "cùng một ảnh");
        store.store(image);

        // when
        boolean writtenAgain = store.store(image(ImageFormat.PNG, "cùng một ảnh"));

        // then
        assertThat(writtenAgain).isFalse();
        assertThat(filesUnder(dataDirectory)).hasSize(1);
    }

    @Test
    void should_find_a_stored_image_by_sha256_and_format_only() {
        // given
        ImageStore store = new ImageStore(dataDirectory);
        CleanImage image = image(ImageFormat.WEBP, "ảnh bìa bài viết");
        store.store(image);

        // when
        var found = store.find(image.sha256(), ImageFormat.WEBP);
        var otherFormat = store.find(image.sha256(), ImageFormat.JPEG);
        var unknown = store.find("0".repeat(64), ImageFormat.WEBP);

        // then
        assertThat(found).hasValueSatisfying(path -> assertThat(path.getFileName().toString())
                .isEqualTo(image.sha256() + ".webp"));
        assertThat(otherFormat).isEmpty();
        assertThat(unknown).isEmpty();
    }

    @Test
    void should_delete_an_image_ignore_one_already_gone_and_store_it_anew_afterwards() {
        // given
        ImageStore store = new ImageStore(dataDirectory);
        CleanImage image = image(ImageFormat.JPEG, "giao dịch bị huỷ");
        store.store(image);

        // when
        store.delete(image.sha256(), ImageFormat.JPEG);
        store.delete(image.sha256(), ImageFormat.JPEG);

        // then
        assertThat(store.find(image.sha256(), ImageFormat.JPEG)).isEmpty();
        assertThat(store.store(image)).isTrue();
    }

    @Test
    void should_refuse_a_name_that_is_not_a_lowercase_sha256_before_touching_the_disk() {
        // given
        ImageStore store = new ImageStore(dataDirectory.resolve("images"));
        String uppercase = "A".repeat(64);
        List<String> names = List.of("../../etc/passwd", "../" + "a".repeat(61), uppercase, "a".repeat(63), "");

        // when / then
        for (String name : names) {
            assertThatThrownBy(() -> store.find(name, ImageFormat.JPEG)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.delete(name, ImageFormat.JPEG)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.find(null, ImageFormat.JPEG)).isInstanceOf(IllegalArgumentException.class);
        assertThat(dataDirectory.resolve("images")).doesNotExist();
    }

    private static CleanImage image(ImageFormat format, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new CleanImage(format, bytes, CleanImage.sha256Of(bytes), 1, 1);
    }

    /** Every file below a folder, as relative paths: a stray temporary file would show here. */
    private static List<String> filesUnder(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).map(f -> directory.relativize(f).toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
