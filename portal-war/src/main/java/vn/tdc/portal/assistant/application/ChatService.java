package vn.tdc.portal.assistant.application;

import vn.tdc.knowledge.assistant.application.ChatEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.portal.document.application.SectionAnchors;

/** Answers residents' questions from the indexed documents; the answer always cites what it uses. */
@ApplicationScoped
public class ChatService {

    public static final int MAX_QUESTION_LENGTH = 1000;

    @Inject
    ChatEngine engine;

    public ChatReply ask(String question, String conversationId) {
        ChatAnswer answer = engine.answer(question.strip(), conversationId);
        return new ChatReply(answer.answer(), answer.grounded(),
                answer.citations().stream().map(ChatService::view).toList(),
                answer.conversationId(), answer.mode(),
                answer.reportKind().map(kind -> "/phan-anh?loai=" + kind).orElse(null));
    }

    private static ChatReply.CitationView view(Citation c) {
        String url = c.url() == null || c.url().isBlank() ? SectionAnchors.link(c.documentId(), c.section()) : c.url();
        return new ChatReply.CitationView(c.documentId(), c.title(), c.issuer(), c.section(), c.excerpt(), c.type(), url);
    }
}
