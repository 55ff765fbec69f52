package vn.tdc.portal.article.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.tdc.portal.article.domain.ArticleRuleException;
import vn.tdc.portal.platform.api.ApiErrors;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.platform.web.Messages;

import java.util.List;

/** A workflow step the article's rules do not allow now is a 409 with the Vietnamese reason. */
@Provider
public class ArticleRuleExceptionMapper implements ExceptionMapper<ArticleRuleException> {

    @Override
    public Response toResponse(ArticleRuleException e) {
        return ApiErrors.response(ErrorCode.CONFLICT, Messages.format(e.messageKey(), e.arguments()), List.of());
    }
}
