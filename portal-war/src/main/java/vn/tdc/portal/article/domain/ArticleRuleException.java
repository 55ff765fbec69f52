package vn.tdc.portal.article.domain;

import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

import java.util.List;

/** A workflow step the article's rules do not allow now: a {@link ProblemKind#CONFLICT} problem. */
public class ArticleRuleException extends ProblemException {

    public ArticleRuleException(String messageKey, Object... arguments) {
        super(ProblemKind.CONFLICT, messageKey, List.of(arguments), List.of());
    }
}
