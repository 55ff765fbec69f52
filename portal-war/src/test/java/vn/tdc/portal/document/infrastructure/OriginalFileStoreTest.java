package vn.tdc.portal.document.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdc.knowledge.document.upload.UploadedFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OriginalFileStoreTest {

    @TempDir
    Path directory;

    @Test
    void should_store_a_file_under_its_sha256_without_leaving_a_temporary_file() throws Exception {
        // given
        OriginalFileStore store = new OriginalFileStore(directory.resolve("documents"));
        byte[] content = "Kế hoạch số 12/KH-UBND".getBytes(StandardCharsets.UTF_8);

        // when
        OriginalFileStore.StoredFile stored = store.store(UploadedFile.of(content, "ke-hoach.txt"));

        // then
        assertThat(stored.created()).isTrue();
        assertThat(stored.sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(Files.readAllBytes(store.path(stored.sha256()))).isEqualTo(content);
        assertThat(filesIn(directory.resolve("documents"))).containsExactly(stored.sha256());
    }

    @Test
    void should_store_the_same_bytes_once() {
        // given
        OriginalFileStore store = new OriginalFileStore(directory);
        UploadedFile file = UploadedFile.of("cùng một tệp".getBytes(StandardCharsets.UTF_8), "a.txt");
        store.store(file);

        // when
        OriginalFileStore.StoredFile again = store.store(UploadedFile.of(file.content(), "b.txt"));

        // then
        assertThat(again.created()).isFalse();
        assertThat(filesIn(directory)).hasSize(1);
    }

    @Test
    void should_delete_a_file_and_ignore_one_already_gone() {
        // given
        OriginalFileStore store = new OriginalFileStore(directory);
        String sha256 = store.store(UploadedFile.of(new byte[] {1, 2, 3}, "x.txt")).sha256();

        // when
        store.delete(sha256);
        store.delete(sha256);

        // then
        assertThat(store.exists(sha256)).isFalse();
    }

    @Test
    void should_refuse_a_name_that_is_not_a_sha256() {
        OriginalFileStore store = new OriginalFileStore(directory);

        assertThatThrownBy(() -> store.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.path("ABC")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Stream<String> filesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
