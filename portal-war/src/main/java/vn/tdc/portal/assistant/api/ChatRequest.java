package vn.tdc.portal.assistant.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/chat}. */
public class ChatRequest {

    @NotBlank(message = "{chat.question.blank}")
    @Size(max = 1000, message = "{chat.question.size}")
    private String question;

    @Size(max = 64, message = "{chat.conversation.invalid}")
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{chat.conversation.invalid}")
    private String conversationId;

    /** The ward the question is asked on (its slug, "xa-dong-cuu"); absent: the platform's default ward. */
    @Size(max = 80, message = "{chat.ward.invalid}")
    @Pattern(regexp = "[a-z0-9-]*", message = "{chat.ward.invalid}")
    private String ward;

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getConversationId() {
        return conversationId;
    }

    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }
}
