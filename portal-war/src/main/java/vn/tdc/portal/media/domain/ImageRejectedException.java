package vn.tdc.portal.media.domain;

import java.util.Objects;

/**
 * An uploaded image the portal does not accept. It carries only a {@link Reason}: the caller turns it into the
 * Vietnamese explanation shown to the user, so no user-facing text lives here (the exception's message is the
 * reason's name, for logs).
 */
public class ImageRejectedException extends RuntimeException {

    /** Why an image was refused. */
    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** More bytes than allowed, or more pixels than the portal decodes safely. */
        TOO_LARGE,
        /** Not a JPEG, PNG or WebP by its content (whatever it was called), or a JPEG variant browsers do not show. */
        UNSUPPORTED_TYPE,
        /** Starts like a JPEG, PNG or WebP, but its structure is broken, truncated or its size is unreadable. */
        CORRUPT
    }

    private final Reason reason;

    public ImageRejectedException(Reason reason) {
        this(reason, null);
    }

    public ImageRejectedException(Reason reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").name(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
