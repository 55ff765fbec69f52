package vn.tdc.portal.report.domain;

import java.util.List;

/**
 * A request the report's rules do not allow in its current state (an illegal transition, a closing without reason,
 * a reopening after the feedback window). Carries the i18n key of the Vietnamese explanation and its arguments.
 */
public class ReportRuleException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public ReportRuleException(String messageKey, Object... arguments) {
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
