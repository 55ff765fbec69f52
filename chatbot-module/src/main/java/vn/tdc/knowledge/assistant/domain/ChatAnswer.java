package vn.tdc.knowledge.assistant.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The assistant's reply.
 *
 * @param answer         Vietnamese text shown to the resident
 * @param grounded       true only when the answer is supported by the quoted passages
 * @param citations      exactly the passages the answer quotes (empty when not grounded)
 * @param conversationId id to send back with a follow-up question
 * @param mode           which answerer produced it ("offline" for the extractive answerer)
 * @param reportKind     set when the message reports a problem: can-thieu, hang-gia, kem-chat-luong,
 *                       nhan-sai, phuong-tien-do, xang-dau or khac (the web layer links /phan-anh?loai=…)
 */
public record ChatAnswer(
        String answer,
        boolean grounded,
        List<Citation> citations,
        String conversationId,
        String mode,
        Optional<String> reportKind) {

    public ChatAnswer {
        Objects.requireNonNull(answer, "answer");
        citations = List.copyOf(citations);
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(reportKind, "reportKind");
    }
}
