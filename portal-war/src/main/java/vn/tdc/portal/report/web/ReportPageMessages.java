package vn.tdc.portal.report.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.tdc.portal.platform.api.ApiError;
import vn.tdc.portal.platform.api.ApiException;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.domain.ReportRuleException;
import vn.tdc.portal.report.domain.ReportStatus;

import java.util.Arrays;
import java.util.Map;

/**
 * Puts the report services' failures on a page: each field problem next to its input (when the page has it) and a
 * summary in the panel the action belongs to; a rule violation as one Vietnamese sentence with states named by
 * their labels.
 */
final class ReportPageMessages {

    private ReportPageMessages() {
    }

    /**
     * @param panel  client id of the area whose messages show the summary
     * @param fields the service's field names mapped to client ids of the page's inputs
     */
    static void show(ApiException e, String panel, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e.details().isEmpty()) {
            add(faces, panel, FacesMessage.SEVERITY_ERROR, e.getMessage());
        } else {
            add(faces, panel, FacesMessage.SEVERITY_ERROR, Messages.get("reportPages.checkFields"));
            for (ApiError.Detail detail : e.details()) {
                String input = detail.field() == null ? null : fields.get(detail.field());
                add(faces, input == null ? panel : input, FacesMessage.SEVERITY_ERROR, detail.message());
            }
        }
        faces.validationFailed();
    }

    /** The rule's explanation in the panel; also next to {@code field} when the rule is about one input. */
    static void show(ReportRuleException e, String panel, Map<String, String> ruleFields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = ruleText(e);
        add(faces, panel, FacesMessage.SEVERITY_ERROR, text);
        String field = ruleFields.get(e.messageKey());
        if (field != null) {
            add(faces, field, FacesMessage.SEVERITY_ERROR, text);
        }
        faces.validationFailed();
    }

    static void info(String panel, String text) {
        add(FacesContext.getCurrentInstance(), panel, FacesMessage.SEVERITY_INFO, text);
    }

    static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        add(faces, clientId, FacesMessage.SEVERITY_ERROR, text);
        faces.validationFailed();
    }

    /** The rule's Vietnamese text; arguments that are state codes are replaced by the states' labels. */
    static String ruleText(ReportRuleException e) {
        Object[] arguments = Arrays.stream(e.arguments())
                .map(argument -> argument instanceof String code && ReportStatus.fromCode(code).isPresent()
                        ? Messages.get("report.status." + code) : argument)
                .toArray();
        return Messages.format(e.messageKey(), arguments);
    }

    private static void add(FacesContext faces, String clientId, FacesMessage.Severity severity, String text) {
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
