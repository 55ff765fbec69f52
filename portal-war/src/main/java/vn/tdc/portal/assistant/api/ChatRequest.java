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
}
