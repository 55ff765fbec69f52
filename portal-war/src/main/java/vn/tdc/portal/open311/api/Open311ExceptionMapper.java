package vn.tdc.portal.open311.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import vn.tdc.portal.open311.application.Open311Queries;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.web.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the Open311 application in the specification's error list — {@code [{"code":404,"description":"…"}]}
 * or {@code <errors><error>…} — in the format the path asks for (JSON when it names none), with a Vietnamese
 * description and never a stack trace; not the portal's JSON error model, whose mappers belong to the other
 * application. Jakarta REST's own failures are answered the same way: an unknown path or format 404, a method the
 * resource does not take 405 with {@code Allow} — POST {@code servicerequestupdates} with the reason, as FixMyStreet
 * sends it when its "send comments" is on.
 */
@ApplicationScoped
public class Open311ExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Open311ExceptionMapper.class.getName());
    private static final String BODY_READ = Open311ExceptionMapper.class.getName() + ".bodyRead";
    private static final long DRAIN_LIMIT = 1024 * 1024;

    @Inject
    Open311Queries queries;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest http;

    /** The resource read the request's body: nothing is left to drop before answering. */
    static void markBodyRead(HttpServletRequest request) {
        request.setAttribute(BODY_READ, Boolean.TRUE);
    }

    @Override
    public Response toResponse(Throwable failure) {
        Open311Format format = Open311Format.ofPath(uri.getPath());
        int status;
        List<Open311Error> errors;
        String allow = null;
        if (failure instanceof ProblemException e) {
            status = ErrorCode.of(e.kind()).status();
            errors = Open311Error.of(e);
        } else if (failure instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            status = e.getResponse().getStatus();
            allow = e.getResponse().getHeaderString("Allow");
            errors = List.of(new Open311Error(status, describe(status)));
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
            LOG.log(Level.SEVERE, "Open311 failure, reference " + reference, failure);
            status = 500;
            errors = List.of(new Open311Error(500, Messages.format(ErrorCode.INTERNAL_ERROR.messageKey(), reference)));
        }
        Response.ResponseBuilder answer = Open311Answer.of(status, format, out -> Open311Documents.errors(out, errors));
        if (allow != null) {
            answer.header("Allow", allow);
        }
        if (discardUnreadBody()) {
            answer.header("Connection", "close");
        }
        return answer.build();
    }

    private String describe(int status) {
        if (status == 404) {
            return Messages.get("open311.error.not_found");
        }
        if (status == 405 && HttpMethod.POST.equals(http.getMethod())
                && uri.getPath().matches("/?servicerequestupdates\\.(?i:json|xml)")) {
            return Messages.format("open311.error.updates_read_only", queries.publicUrl());
        }
        return Messages.get(ErrorCode.forStatus(status).messageKey());
    }

    /**
     * A request refused before its body was read (413, 415, a POST to a read-only resource) leaves that body on the
     * connection. Over HTTP/1.1 it would be taken for the next request, so the connection is closed after the answer
     * (true); over HTTP/2 (Java's HTTP client upgrades to it) the unread bytes keep the connection's flow-control
     * window used up and the next request on it stalls, so a body of reasonable size is read and dropped first.
     */
    private boolean discardUnreadBody() {
        boolean hasBody = http.getContentLengthLong() > 0 || http.getHeader("Transfer-Encoding") != null;
        if (!hasBody || http.getAttribute(BODY_READ) != null) {
            return false;
        }
        try (InputStream in = http.getInputStream()) {
            byte[] buffer = new byte[8192];
            long dropped = 0;
            int n = 0;
            while (dropped < DRAIN_LIMIT && n >= 0) {
                n = in.read(buffer);
                dropped += Math.max(n, 0);
            }
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "Could not drop the body of a refused request", e);
        }
        return http.getProtocol().startsWith("HTTP/1");
    }
}
