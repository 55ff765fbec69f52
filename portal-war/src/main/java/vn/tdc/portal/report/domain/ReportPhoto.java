package vn.tdc.portal.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.tdc.portal.media.domain.ImageFormat;
import vn.tdc.portal.platform.persistence.InstantConverter;

import java.time.Instant;

/** A photo attached to a report; the cleaned image itself lives in the image store under its SHA-256. */
@Entity
@Table(name = "report_photo")
public class ReportPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ImageFormat format;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Convert(converter = InstantConverter.class)
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ReportPhoto() {
    }

    public ReportPhoto(long reportId, String sha256, ImageFormat format, long sizeBytes, int width, int height,
                       Instant addedAt) {
        this.reportId = reportId;
        this.sha256 = sha256;
        this.format = format;
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.addedAt = addedAt;
    }

    public Long id() {
        return id;
    }

    public long reportId() {
        return reportId;
    }

    public String sha256() {
        return sha256;
    }

    public ImageFormat format() {
        return format;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
