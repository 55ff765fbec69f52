package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.media.infrastructure.ImageStore;
import vn.tdc.portal.report.domain.Report;
import vn.tdc.portal.report.domain.ReportPhoto;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.TrackingCode;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who may see a report's photo ({@code /phan-anh/anh/{id}}). A photo may show a stall, a face or a home, so it is
 * served only:
 * <ul>
 *   <li>to everyone once an officer has published the report;</li>
 *   <li>to the holder of the report's tracking code (the resident who filed it), given as {@code ?ma=};</li>
 *   <li>to officers and administrators.</li>
 * </ul>
 * In every other case the photo does not exist for the caller: the answer is the same as for an unknown id, so
 * nobody can learn which ids belong to unpublished reports.
 */
@ApplicationScoped
public class ReportPhotoAccess {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    @Inject
    ReportRepository reports;

    @Inject
    ImageStore images;

    /** A stored photo file and the media type to serve it with. */
    public record PhotoFile(Path path, String mediaType) {
    }

    /**
     * @param photoId      the id as it appears in the address (anything that is not a positive number is unknown)
     * @param trackingCode the {@code ma} parameter, may be null; lower case and spaces are accepted
     * @param staff        whether the caller is an officer or an administrator
     * @return the file to serve, or empty when the photo is unknown, its file is gone or the caller may not see it
     */
    @Transactional
    public Optional<PhotoFile> find(String photoId, String trackingCode, boolean staff) {
        if (photoId == null || !ID.matcher(photoId).matches()) {
            return Optional.empty();
        }
        Optional<ReportPhoto> photo = reports.findPhoto(Long.parseLong(photoId));
        if (photo.isEmpty()) {
            return Optional.empty();
        }
        Optional<Report> report = reports.findById(photo.get().reportId());
        if (report.isEmpty() || !mayView(report.get(), trackingCode, staff)) {
            return Optional.empty();
        }
        return images.find(photo.get().sha256(), photo.get().format())
                .map(path -> new PhotoFile(path, photo.get().format().mediaType()));
    }

    static boolean mayView(Report report, String trackingCode, boolean staff) {
        return staff || report.published()
                || TrackingCode.parse(trackingCode).filter(report.trackingCode()::equals).isPresent();
    }
}
