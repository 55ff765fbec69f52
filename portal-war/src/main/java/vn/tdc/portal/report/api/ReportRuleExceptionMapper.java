package vn.tdc.portal.report.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.tdc.portal.platform.api.ApiErrors;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.domain.ReportRuleException;

import java.util.List;

/** A request the report's rules do not allow now (e.g. an illegal transition) is a 409 with the Vietnamese reason. */
@Provider
public class ReportRuleExceptionMapper implements ExceptionMapper<ReportRuleException> {

    @Override
    public Response toResponse(ReportRuleException e) {
        return ApiErrors.response(ErrorCode.CONFLICT, Messages.format(e.messageKey(), e.arguments()), List.of());
    }
}
