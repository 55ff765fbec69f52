package vn.tdc.portal.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.problem.ProblemValidator;

/**
 * Bean Validation of request bodies at the edge, called explicitly by resources: Payara 6.2025.10's OpenAPI
 * generator fails on constraint annotations on resource-method parameters (Payara issue 7649), so the annotations
 * stay on the payload classes and this checks them with {@link ProblemValidator} (400 {@code validation_failed}).
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    ProblemValidator validator;

    /** The body itself when it is present and valid; otherwise a 400 in the JSON error format. */
    public <T> T valid(T body) {
        if (body == null) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "api.error.missing_body");
        }
        return validator.valid(body, ErrorCode.VALIDATION_FAILED.messageKey());
    }
}
