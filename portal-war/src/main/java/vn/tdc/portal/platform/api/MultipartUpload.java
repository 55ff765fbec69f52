package vn.tdc.portal.platform.api;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code multipart/form-data} body a resource method takes as {@code List<EntityPart>}: at most {@link #files()}
 * files of {@link #fileBytes()} each, plus {@link #fieldBytes()} for the other fields and the parts' headers. The
 * body is limited to that sum while Jersey reads it ({@link MultipartUploadInterceptor}): a larger one is answered
 * 413 with the message {@link #tooLarge()} before anything is read (declared length) or as soon as reading passes the
 * limit (chunked), and a body that is not multipart as declared 400 with the message {@link #malformed()}. Each
 * file's own limit is checked by whoever uses the file, as before the body was read.
 */
@NameBinding
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface MultipartUpload {

    /** How many files the body may carry. */
    int files() default 1;

    /** The largest file, in bytes. */
    long fileBytes() default 0;

    /** Bytes for everything but the files: the other fields, the parts' headers and boundaries. */
    long fieldBytes() default 0;

    /** Message key of the 413; its argument {@code {0}} is {@link #fileBytes()} in whole megabytes. */
    String tooLarge() default "api.error.payload_too_large";

    /** Message key of the 400 for a body that is not {@code multipart/form-data} as declared. */
    String malformed() default "api.error.bad_request";
}
