package vn.tdc.portal.document.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.knowledge.document.upload.UploadedFile;
import vn.tdc.portal.platform.config.PortalSettings;
import vn.tdc.portal.platform.storage.ContentStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The uploaded originals, one file per content under {@code portal.storage.dir/documents/<sha256>}, kept by a
 * {@link ContentStore} (atomic writes, the same bytes stored once). Callers serialise writes and deletions (the store
 * does not know which documents use a file).
 */
@ApplicationScoped
public class OriginalFileStore {

    /** The originals keep their bare SHA-256 as file name. */
    private static final String NO_SUFFIX = "";

    @Inject
    PortalSettings settings;

    private ContentStore files;

    /** For CDI: the directory comes from {@code portal.storage.dir}. */
    protected OriginalFileStore() {
    }

    public OriginalFileStore(Path directory) {
        this.files = new ContentStore(directory, ContentStore.Layout.FLAT);
    }

    @PostConstruct
    void locate() {
        if (files == null) {
            files = new ContentStore(settings.storageDirectory().resolve("documents"), ContentStore.Layout.FLAT);
        }
    }

    /** What {@link #store} did: {@code created} is false when the same bytes were already stored. */
    public record StoredFile(String sha256, long size, boolean created) {
    }

    /** Stores the file's bytes (read from the upload, not copied again) unless the same bytes are stored already. */
    public StoredFile store(UploadedFile file) {
        String sha256 = sha256(file);
        boolean created = files.store(sha256, NO_SUFFIX, out -> {
            try (InputStream in = file.openStream()) {
                in.transferTo(out);
            }
        });
        return new StoredFile(sha256, file.size(), created);
    }

    /** Where the file with this SHA-256 is (or would be). */
    public Path path(String sha256) {
        return files.path(sha256, NO_SUFFIX);
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** Removes a file no document uses any more; a failure is only logged (see {@link ContentStore#delete}). */
    public void delete(String sha256) {
        files.delete(sha256, NO_SUFFIX);
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
}
