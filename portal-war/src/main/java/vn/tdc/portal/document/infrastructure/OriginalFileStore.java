package vn.tdc.portal.document.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.document.domain.OriginalFile;
import vn.tdc.knowledge.document.upload.UploadedFile;
import vn.tdc.portal.platform.config.PortalSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The uploaded originals, one file per content under {@code portal.data.dir/documents/<sha256>}.
 *
 * <p>A file is written to a temporary file in the same directory, forced to disk, then moved into place atomically,
 * so a reader never sees half a file and a crash leaves at most a stray temporary file. The same bytes uploaded twice
 * are stored once. Callers serialise writes and deletions (the store does not know which documents use a file).
 */
@ApplicationScoped
public class OriginalFileStore {

    private static final Logger LOG = Logger.getLogger(OriginalFileStore.class.getName());
    static final String TEMPORARY_PREFIX = ".incoming-";

    @Inject
    PortalSettings settings;

    private Path directory;

    /** For CDI: the directory comes from {@code portal.data.dir}. */
    protected OriginalFileStore() {
    }

    public OriginalFileStore(Path directory) {
        this.directory = directory;
    }

    @PostConstruct
    void locate() {
        if (directory == null) {
            directory = settings.dataDirectory().resolve("documents");
        }
    }

    /** What {@link #store} did: {@code created} is false when the same bytes were already stored. */
    public record StoredFile(String sha256, long size, boolean created) {
    }

    /** Stores the file's bytes (read from the upload, not copied again) unless the same bytes are stored already. */
    public StoredFile store(UploadedFile file) {
        String sha256 = sha256(file);
        Path target = path(sha256);
        if (Files.isRegularFile(target)) {
            return new StoredFile(sha256, file.size(), false);
        }
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, TEMPORARY_PREFIX, ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 InputStream in = file.openStream()) {
                in.transferTo(Channels.newOutputStream(channel));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(sha256, file.size(), true);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot store an uploaded file in " + directory, e);
        }
    }

    /** Where the file with this SHA-256 is (or would be). */
    public Path path(String sha256) {
        if (!OriginalFile.isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return directory.resolve(sha256);
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /**
     * Removes a file no document uses any more. A failure only leaves an unused file behind, so it is logged and
     * not passed on: the document change it follows has already been committed.
     */
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the unused original file " + sha256, e);
        }
    }

    static String sha256(UploadedFile file) {
        try (InputStream in = new DigestInputStream(file.openStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an upload held in memory", e);
        }
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
