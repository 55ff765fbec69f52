package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.media.domain.CleanImage;
import vn.tdc.portal.media.domain.ImageRejectedException;
import vn.tdc.portal.media.domain.ImageSanitizer;
import vn.tdc.portal.media.infrastructure.ImageStore;
import vn.tdc.portal.report.domain.ReportRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns uploaded photo bytes into cleaned images (type read from the content, size limit, location metadata
 * removed) and stores them before the report's transaction; {@link #discardUnreferenced} removes what a failed
 * transaction left behind, so a failure never leaves half a report.
 */
@ApplicationScoped
public class PhotoIntake {

    @Inject
    @ConfigProperty(name = "portal.reports.photo-max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    ImageStore store;

    @Inject
    ReportRepository reports;

    /** Cleans the photos; a rejected one is recorded under {@code fieldPrefix[i]}. */
    public List<CleanImage> clean(List<byte[]> photos, String fieldPrefix, FieldProblems problems) {
        ImageSanitizer sanitizer = new ImageSanitizer(maxBytes);
        List<CleanImage> images = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            try {
                images.add(sanitizer.clean(photos.get(i)));
            } catch (ImageRejectedException e) {
                problems.add(fieldPrefix + "[" + i + "]", "report.photo." + e.reason().name().toLowerCase(),
                        maxBytes / (1024 * 1024));
            }
        }
        return images;
    }

    /** Writes the images to the store; returns those that were not there before. */
    public List<CleanImage> store(List<CleanImage> images) {
        List<CleanImage> written = new ArrayList<>();
        for (CleanImage image : images) {
            if (store.store(image)) {
                written.add(image);
            }
        }
        return written;
    }

    /** Deletes the stored images no committed report names (another report may share the same content). */
    public void discardUnreferenced(List<CleanImage> written) {
        for (CleanImage image : written) {
            if (reports.countPhotosWithContent(image.sha256()) == 0) {
                store.delete(image.sha256(), image.format());
            }
        }
    }

    public long maxBytes() {
        return maxBytes;
    }
}
