package vn.tdc.portal.media.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.media.domain.CleanImage;
import vn.tdc.portal.media.domain.ImageFormat;
import vn.tdc.portal.platform.config.PortalSettings;
import vn.tdc.portal.platform.storage.ContentStore;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The cleaned images (report photos, article covers), one file per content under
 * {@code portal.storage.dir/images/<first two hex digits>/<sha256>.<extension>}, kept by a {@link ContentStore}.
 *
 * <p>Only {@link CleanImage}s are stored, so only metadata-free bytes ever reach the disk. Callers serialise the
 * storing and deleting of the same content (a rollback deleting a file another upload of the same picture has just
 * started to use would otherwise leave that upload without its file). Within this JVM, {@link #store} and
 * {@link #delete} do not interleave.
 */
@ApplicationScoped
public class ImageStore {

    @Inject
    PortalSettings settings;

    private ContentStore files;

    /** For CDI: the directory is {@code images} under {@code portal.storage.dir}. */
    protected ImageStore() {
    }

    /** @param directory the folder holding the two-digit folders */
    public ImageStore(Path directory) {
        this.files = new ContentStore(directory, ContentStore.Layout.TWO_DIGIT_FOLDERS);
    }

    @PostConstruct
    void locate() {
        if (files == null) {
            files = new ContentStore(settings.storageDirectory().resolve("images"), ContentStore.Layout.TWO_DIGIT_FOLDERS);
        }
    }

    /**
     * Stores the image's bytes unless the same content is stored already.
     *
     * @return {@code true} if this call wrote the file, {@code false} if it was there before
     * @throws UncheckedIOException if the file cannot be written (no stray temporary file is left)
     */
    public synchronized boolean store(CleanImage image) {
        return files.store(image.sha256(), suffix(image.format()), out -> out.write(image.bytes()));
    }

    /** The stored file of this content and format, if there is one. */
    public Optional<Path> find(String sha256, ImageFormat format) {
        return files.find(sha256, suffix(format));
    }

    /**
     * Removes the file of this content and format, if there is one. A failure only leaves an unused file behind, so
     * it is logged and not passed on.
     */
    public synchronized void delete(String sha256, ImageFormat format) {
        files.delete(sha256, suffix(format));
    }

    private static String suffix(ImageFormat format) {
        return "." + Objects.requireNonNull(format, "format").extension();
    }
}
