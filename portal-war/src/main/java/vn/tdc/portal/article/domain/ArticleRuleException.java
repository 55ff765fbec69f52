package vn.tdc.portal.article.domain;

import java.util.List;

/** A workflow step the article's rules do not allow now; carries the i18n key of the Vietnamese explanation. */
public class ArticleRuleException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public ArticleRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
