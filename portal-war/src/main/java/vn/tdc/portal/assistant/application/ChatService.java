package vn.tdc.portal.assistant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.knowledge.assistant.application.ChatEngine;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.assistant.domain.WardContext;
import vn.tdc.portal.document.application.SectionAnchors;
import vn.tdc.portal.metrology.application.RegisterAnswer;
import vn.tdc.portal.metrology.application.RegisterAnswers;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitLevel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers residents' questions from the indexed documents; the answer always cites what it uses, with the level of
 * each source (cấp xã, cấp tỉnh, cấp trung ương).
 *
 * <p>Rule: a question is always asked on a ward (the one named, else the platform's default ward); the engine gets the
 * chain of unit slugs from that ward up to its province ({@code [xa-dong-cuu, bac-ninh]}) and answers from the nearest
 * sources first. An unknown ward is a 400, not a silent switch to another ward.
 *
 * <p>A question the ward's register of measuring instruments answers — whether the scale at a stall of a named market,
 * or the instrument of a code, is verified; whether a market has a reference scale — is answered from the register
 * ({@link RegisterAnswers}), citing its entries, before the documents are asked.
 */
@ApplicationScoped
public class ChatService {

    public static final int MAX_QUESTION_LENGTH = 1000;

    @Inject
    ChatEngine engine;

    @Inject
    UnitDirectory units;

    @Inject
    RegisterAnswers register;

    @Inject
    AnswerTally answers;

    static final String REGISTER_MODE = "register";
    private static final String WARD_LEVEL = "xa";

    /** Asks on the default ward. */
    public ChatReply ask(String question, String conversationId) {
        return ask(question, conversationId, null);
    }

    /**
     * @param ward slug of the ward (or province) the question is asked on; {@code null} or blank: the default ward
     */
    public ChatReply ask(String question, String conversationId, String ward) {
        UnitView unit = unitOf(ward);
        Optional<RegisterAnswer> fromRegister = register.answer(question.strip(), unit);
        if (fromRegister.isPresent()) {
            count(unit, fromRegister.get().found());
            return reply(fromRegister.get(), conversationId);
        }
        ChatAnswer answer = engine.answer(question.strip(), conversationId, contextOf(unit));
        count(unit, answer.grounded());
        return new ChatReply(answer.answer(), answer.grounded(),
                answer.citations().stream().map(ChatService::view).toList(),
                answer.conversationId(), answer.mode(),
                answer.reportKind().map(kind -> "/phan-anh?loai=" + kind).orElse(null));
    }

    /** Counts an answer for the ward it was asked on (the yearly report's "câu hỏi đã trả lời"). */
    private void count(UnitView unit, boolean grounded) {
        answers.record(unit.id(), grounded);
    }

    /**
     * An answer from the ward's register of measuring instruments ({@link RegisterAnswers}): cited entries of the
     * register, mode {@value #REGISTER_MODE}; the conversation goes on with the same id.
     */
    private static ChatReply reply(RegisterAnswer answer, String conversationId) {
        List<ChatReply.CitationView> citations = answer.sources().stream()
                .map(s -> new ChatReply.CitationView(s.documentId(), s.title(), s.issuer(), s.section(), s.excerpt(),
                        REGISTER_MODE, s.url(), WARD_LEVEL, Messages.get("ask.level." + WARD_LEVEL)))
                .toList();
        String conversation = conversationId == null || conversationId.isBlank() ? UUID.randomUUID().toString()
                : conversationId;
        return new ChatReply(answer.text(), answer.found(), citations, conversation, REGISTER_MODE,
                answer.reportKind() == null ? null : "/phan-anh?loai=" + answer.reportKind());
    }

    /** The ward named, else the default ward; 400 for an unknown one. */
    UnitView unitOf(String ward) {
        return ward == null || ward.isBlank() ? units.defaultWard()
                : units.bySlug(ward.strip()).filter(UnitView::active).filter(u -> u.level() != UnitLevel.NEN_TANG)
                        .orElseThrow(() -> ProblemException.of(ProblemKind.BAD_REQUEST, "ask.error.unknown_ward", ward.strip()));
    }

    /** The ward and the units above it, nearest first, without the platform's root. */
    WardContext contextOf(String ward) {
        return contextOf(unitOf(ward));
    }

    private WardContext contextOf(UnitView unit) {
        return new WardContext(units.chainOf(unit).stream()
                .filter(u -> u.level() != UnitLevel.NEN_TANG)
                .map(UnitView::slug)
                .toList());
    }

    private static ChatReply.CitationView view(Citation c) {
        String url = c.url() == null || c.url().isBlank() ? SectionAnchors.link(c.documentId(), c.section()) : c.url();
        return new ChatReply.CitationView(c.documentId(), c.title(), c.issuer(), c.section(), c.excerpt(), c.type(), url,
                c.level(), Messages.get("ask.level." + c.level()));
    }
}
