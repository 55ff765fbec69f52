package vn.tdc.portal.platform.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Files named by the SHA-256 of their content, one file per content under one directory.
 *
 * <p>A file is written to a temporary file ({@value #TEMPORARY_PREFIX}...) in its own folder, forced to disk, then
 * moved into place atomically, so a reader never sees half a file and a crash leaves at most a stray temporary file.
 * The same content stored twice is written once: {@link #store} says whether it wrote the file, so a caller whose
 * transaction then fails deletes only what it wrote itself. The store does not know which records use a file:
 * callers serialise the storing and deleting of the same content.
 *
 * <p>A name is checked to be a lowercase hexadecimal SHA-256 before any path is built, so no name can reach outside
 * the store.
 */
public final class ContentStore {

    private static final Logger LOG = Logger.getLogger(ContentStore.class.getName());
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final String TEMPORARY_PREFIX = ".incoming-";

    /** Where a file stands below the store's directory. */
    public enum Layout {
        /** {@code <sha256><suffix>} directly in the directory. */
        FLAT,
        /** {@code <first two hex digits>/<sha256><suffix>}: the two-digit folders keep any one folder small. */
        TWO_DIGIT_FOLDERS
    }

    /** The bytes of a file, written once into the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path directory;
    private final Layout layout;

    public ContentStore(Path directory, Layout layout) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** Whether the text is a SHA-256 as the store names files: 64 lowercase hexadecimal digits. */
    public static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    /**
     * Stores the content under its SHA-256 unless a file of that name is stored already.
     *
     * @param suffix what follows the SHA-256 in the file name ({@code ".jpg"}), or empty
     * @return {@code true} if this call wrote the file, {@code false} if it was there before
     * @throws UncheckedIOException if the file cannot be written (no stray temporary file is left)
     */
    public boolean store(String sha256, String suffix, Content content) {
        Path target = path(sha256, suffix);
        if (Files.isRegularFile(target)) {
            return false;
        }
        Path folder = target.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, TEMPORARY_PREFIX, ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                content.writeTo(Channels.newOutputStream(channel));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot store a file in " + folder, e);
        }
    }

    /** The stored file of this content, if there is one. */
    public Optional<Path> find(String sha256, String suffix) {
        Path file = path(sha256, suffix);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Removes the file of this content, if there is one. A failure only leaves an unused file behind, so it is logged
     * and not passed on: the change it follows has already been committed.
     */
    public void delete(String sha256, String suffix) {
        Path file = path(sha256, suffix);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the unused file " + file.getFileName(), e);
        }
    }

    /**
     * Where the file of this content is (or would be).
     *
     * @throws IllegalArgumentException if {@code sha256} is not 64 lowercase hexadecimal digits
     */
    public Path path(String sha256, String suffix) {
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("not a lowercase hexadecimal SHA-256"); // the text is not echoed
        }
        String name = sha256 + Objects.requireNonNull(suffix, "suffix");
        return switch (layout) {
            case FLAT -> directory.resolve(name);
            case TWO_DIGIT_FOLDERS -> directory.resolve(sha256.substring(0, 2)).resolve(name);
        };
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
