package vn.tdc.portal.assistant.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.tdc.portal.assistant.application.ChatReply;
import vn.tdc.portal.assistant.application.ChatService;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.ratelimit.RateLimits;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The Hỏi đáp page: a conversation with the assistant about the page's ward ({@link AssistantWard}); answers show their
 * sources as links with their level.
 */
@Named
@ViewScoped
public class ChatPage implements Serializable {

    @Inject
    ChatService chat;

    @Inject
    RateLimits rateLimits;

    @Inject
    AssistantWard assistantWard;

    @NotBlank(message = "{chat.question.blank}")
    @Size(max = 1000, message = "{chat.question.size}")
    private String question;

    private String conversationId;
    /** The ward the page was opened on, kept for the view's postbacks. */
    private String ward;
    private String wardName;
    private List<String> examples = List.of();
    private final List<ChatMessage> messages = new ArrayList<>();

    @PostConstruct
    void openOnWard() {
        ward = assistantWard.getSlug();
        wardName = assistantWard.getName();
        examples = assistantWard.getExamples();
    }

    /** One bubble of the conversation. */
    public record ChatMessage(boolean fromResident, String text, boolean grounded,
                              List<ChatReply.CitationView> citations, String reportUrl) implements Serializable {
    }

    public void ask() {
        String asked = question;
        try {
            rateLimits.check(((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest()).getRemoteAddr());
            ChatReply reply = chat.ask(asked, conversationId, ward);
            conversationId = reply.conversationId();
            messages.add(new ChatMessage(true, asked.strip(), true, List.of(), null));
            messages.add(new ChatMessage(false, reply.answer(), reply.grounded(), reply.citations(), reply.reportUrl()));
            question = null;
        } catch (ProblemException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
    }

    public void askSuggested(String suggestion) {
        question = suggestion;
        ask();
    }

    /** Example questions about the page's ward. */
    public List<String> getExamples() {
        return examples;
    }

    public String getWard() {
        return ward;
    }

    /** "xã Đông Cứu". */
    public String getWardName() {
        return wardName;
    }

    public List<ChatMessage> getMessages() {
        return messages;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
