package vn.tdc.portal.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.tdc.portal.platform.web.Messages;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: logged in full under a reference id, answered with 500, the reference and no stack trace,
 * so a resident can quote the reference and an operator can find the log entry.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
        return Response.status(500)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ApiError.withReference(ErrorCode.INTERNAL_ERROR,
                        Messages.format(ErrorCode.INTERNAL_ERROR.messageKey(), reference), reference))
                .build();
    }
}
