package vn.tdc.portal.media.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.media.domain.CleanImage;
import vn.tdc.portal.media.domain.ImageFormat;
import vn.tdc.portal.platform.config.PortalSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cleaned images (report photos, article covers), one file per content under
 * {@code portal.data.dir/images/<first two hex digits>/<sha256>.<extension>}; the two-digit folders keep any one
 * folder small.
 *
 * <p>Only {@link CleanImage}s are stored, so only metadata-free bytes ever reach the disk. A file is written to a
 * temporary file in its own folder, forced to disk, then moved into place atomically, so a reader never sees half a
 * file and a crash leaves at most a stray temporary file ({@value #TEMPORARY_PREFIX}...). The same content stored
 * twice is written once: {@link #store} says whether it wrote the file, so a caller whose transaction then fails
 * deletes only what it wrote itself. The store does not know which records use a file: callers serialise the
 * storing and deleting of the same content (a rollback deleting a file another upload of the same picture has just
 * started to use would otherwise leave that upload without its file). Within this JVM, {@link #store} and
 * {@link #delete} do not interleave.
 */
@ApplicationScoped
public class ImageStore {

    private static final Logger LOG = Logger.getLogger(ImageStore.class.getName());
    static final String TEMPORARY_PREFIX = ".incoming-";

    @Inject
    PortalSettings settings;

    private Path directory;

    /** For CDI: the directory is {@code images} under {@code portal.data.dir}. */
    protected ImageStore() {
    }

    /** @param directory the folder holding the two-digit folders */
    public ImageStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @PostConstruct
    void locate() {
        if (directory == null) {
            directory = settings.dataDirectory().resolve("images");
        }
    }

    /**
     * Stores the image's bytes unless the same content is stored already.
     *
     * @return {@code true} if this call wrote the file, {@code false} if it was there before
     * @throws UncheckedIOException if the file cannot be written (no stray temporary file is left)
     */
    public synchronized boolean store(CleanImage image) {
        Path target = path(image.sha256(), image.format());
        if (Files.isRegularFile(target)) {
            return false;
        }
        Path folder = target.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, TEMPORARY_PREFIX, ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(image.bytes());
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot store an image in " + folder, e);
        }
    }

    /** The stored file of this content and format, if there is one. */
    public Optional<Path> find(String sha256, ImageFormat format) {
        Path file = path(sha256, format);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Removes the file of this content and format, if there is one. A failure only leaves an unused file behind, so
     * it is logged and not passed on.
     */
    public synchronized void delete(String sha256, ImageFormat format) {
        Path file = path(sha256, format);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the image " + file.getFileName(), e);
        }
    }

    /**
     * Where the file of this content and format is (or would be). The name is checked to be a lowercase
     * hexadecimal SHA-256 before any path is built, so no name can reach outside the store.
     *
     * @throws IllegalArgumentException if {@code sha256} is not 64 lowercase hexadecimal digits
     */
    Path path(String sha256, ImageFormat format) {
        if (!CleanImage.isSha256(sha256)) {
            throw new IllegalArgumentException("not a lowercase hexadecimal SHA-256"); // the text is not echoed
        }
        Objects.requireNonNull(format, "format");
        return directory.resolve(sha256.substring(0, 2)).resolve(sha256 + "." + format.extension());
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the temporary file " + file, e);
        }
    }
}
