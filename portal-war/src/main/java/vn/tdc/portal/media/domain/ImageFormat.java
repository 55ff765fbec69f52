package vn.tdc.portal.media.domain;

/**
 * The picture formats the portal accepts for uploaded images: the three every browser shows. The format is always
 * decided from the content (see {@link ImageSanitizer}), never from a file name or a declared media type.
 */
public enum ImageFormat {

    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    private final String mediaType;
    private final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type the image is served with, e.g. {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot, e.g. {@code jpg}. */
    public String extension() {
        return extension;
    }
}
