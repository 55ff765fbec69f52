package vn.tdc.portal.document.application;

import vn.tdc.knowledge.document.upload.DocumentLimitException;
import vn.tdc.knowledge.document.upload.DocumentUploadException;
import vn.tdc.knowledge.document.upload.InvalidUploadMetadataException;
import vn.tdc.knowledge.document.upload.UnsupportedDocumentException;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

import java.util.List;

/**
 * A rejected upload as the API's error, which the page shows as it is and the API returns as JSON:
 * a file that is not PDF, DOCX, TXT or Markdown is 415; a file over a limit (its size, the characters of its text,
 * what its compressed parts unpack to) 413; anything else the editor must
 * fix (unreadable or empty file, wrong text encoding, a missing or too long field) is 400 {@code validation_failed}
 * with the field at fault ({@code file} for the file itself). Messages are the parser's Vietnamese ones.
 */
public final class UploadRejections {

    /** The form field of the file, in API details and on the page. */
    public static final String FILE_FIELD = "file";

    private UploadRejections() {
    }

    public static ProblemException of(DocumentUploadException rejection) {
        if (rejection instanceof UnsupportedDocumentException) {
            return withFileDetail(ProblemKind.UNSUPPORTED, rejection.getMessage());
        }
        if (rejection instanceof DocumentLimitException) {
            return withFileDetail(ProblemKind.TOO_LARGE, rejection.getMessage());
        }
        String field = rejection instanceof InvalidUploadMetadataException invalid ? invalid.field() : FILE_FIELD;
        return invalid(field, rejection.getMessage());
    }

    /** 400 {@code validation_failed} with one field's problem. */
    public static ProblemException invalid(String field, String message) {
        return ProblemException.invalid("api.error.validation_failed", List.of(FieldProblem.text(field, message)));
    }

    private static ProblemException withFileDetail(ProblemKind kind, String message) {
        return ProblemException.text(kind, message, List.of(FieldProblem.text(FILE_FIELD, message)));
    }
}
