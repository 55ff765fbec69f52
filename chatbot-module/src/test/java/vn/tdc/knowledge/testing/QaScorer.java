package vn.tdc.knowledge.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdc.knowledge.assistant.application.ChatEngine;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.assistant.domain.WardContext;

/**
 * Scores answers like /work/shared/eval/chat_eval.py, with the stricter rules of the round-2 sets:
 * a {@code list} question needs every {@code expect_all} place in the answer and among the citations; a
 * {@code yes_no} question with {@code "yes"} needs the answer to start with that word; a
 * {@code personal_data} question passes only when declined (not grounded) without a report link.
 * Follow-ups ({@code "after"}) continue the conversation of the named question, so cases must be scored in
 * file order.
 */
public final class QaScorer {

    private final ChatEngine engine;
    private final Map<String, String> conversations = new HashMap<>();

    public QaScorer(ChatEngine engine) {
        this.engine = engine;
    }

    public record Outcome(QaCase qa, ChatAnswer answer, boolean passed) {
    }

    public Outcome score(QaCase qa) {
        String conversation = qa.after() == null ? null : conversations.get(qa.after());
        ChatAnswer answer = qa.ward().isEmpty() ? engine.answer(qa.question(), conversation)
                : engine.answer(qa.question(), conversation, new WardContext(qa.ward()));
        conversations.put(qa.id(), answer.conversationId());
        return new Outcome(qa, answer, passes(qa, answer));
    }

    static boolean passes(QaCase qa, ChatAnswer answer) {
        String folded = EvalFold.fold(answer.answer());
        if (qa.outOfScope()) {
            return !answer.grounded();
        }
        if (qa.kind().equals("personal_data")) {
            return !answer.grounded() && answer.reportKind().isEmpty();
        }
        if (qa.reportKind() != null) {
            return answer.reportKind().filter(qa.reportKind()::equals).isPresent();
        }
        boolean fact = qa.expectAny().stream().anyMatch(e -> folded.contains(EvalFold.fold(e)))
                && qa.expectAll().stream().allMatch(e -> folded.contains(EvalFold.fold(e)));
        boolean source = qa.sourceAny().isEmpty() || answer.citations().stream().anyMatch(c -> names(c, qa.sourceAny()));
        boolean everyListed = qa.expectAll().stream().allMatch(e -> answer.citations().stream().anyMatch(c -> names(c, List.of(e))));
        boolean yes = qa.yes() == null || folded.startsWith(EvalFold.fold(qa.yes()));
        return answer.grounded() && fact && source && everyListed && yes;
    }

    private static boolean names(Citation c, List<String> keys) {
        String hay = EvalFold.fold(c.documentId() + " " + c.title() + " " + c.issuer() + " " + c.section());
        return keys.stream().anyMatch(k -> hay.contains(EvalFold.fold(k)));
    }
}
