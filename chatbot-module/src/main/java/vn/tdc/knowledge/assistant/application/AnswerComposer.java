package vn.tdc.knowledge.assistant.application;

import static vn.tdc.knowledge.i18n.KnowledgeMessages.format;
import static vn.tdc.knowledge.i18n.KnowledgeMessages.get;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.tdc.knowledge.assistant.application.ExtractiveAnswerer.Extraction;
import vn.tdc.knowledge.assistant.application.ExtractiveAnswerer.Quote;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.assistant.domain.QuestionType;
import vn.tdc.knowledge.i18n.KnowledgeMessages;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.Passage;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

/** Writes the Vietnamese answer text (sentences from the bundle {@code answer.*} keys) and its citations. */
final class AnswerComposer {

    static final String REPORT_PAGE = "/phan-anh";

    private static final String HELP = format("answer.help", REPORT_PAGE);
    private static final String INCLUDE = "answer.report-include";

    /** The text of a grounded answer. */
    String grounded(Extraction extraction, QuestionType type) {
        StringBuilder sb = new StringBuilder();
        extraction.lead().ifPresent(lead -> sb.append(leadSentence(type, lead)).append(' '));
        List<Quote> quotes = extraction.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            String source = reference(q.passage().source());
            if (i > 0) {
                sb.append('\n').append(format("answer.quote.more", source, where(q.passage())));
            } else {
                sb.append(format("answer.quote.first", source, where(q.passage())));
            }
            if (q.texts().size() == 1) {
                sb.append(": «").append(q.texts().get(0)).append("».");
            } else {
                sb.append(':');
                q.texts().forEach(t -> sb.append("\n- «").append(t).append('»'));
            }
        }
        return sb.toString();
    }

    /** The text answering "ai ký…" from a document's identification, quoting the identification line. */
    String signer(SourceInfo source, String quotedLine) {
        return format("answer.signer", reference(source), source.signer(), quotedLine);
    }

    /** The text answering "ban hành ngày nào" from a document's identification, quoting the identification line. */
    String issued(SourceInfo source, String quotedLine) {
        String key = source.issued().matches("\\d.*") ? "answer.issued.on-date" : "answer.issued";
        return format(key, reference(source), source.issued(), quotedLine);
    }

    List<Citation> citations(Extraction extraction) {
        List<Citation> list = new ArrayList<>();
        for (Quote q : extraction.quotes()) {
            list.add(citation(q.passage().chunk(), String.join("\n", q.texts())));
        }
        return list;
    }

    Citation citation(IndexChunk chunk, String excerpt) {
        SourceInfo s = chunk.source();
        return new Citation(s.documentId(), s.title(), s.issuer(), chunk.section(), excerpt, s.type().code(), s.url(),
                s.level().code());
    }

    /**
     * Opens an answer from other places' sources, given on a ward whose own, province and national sources say nothing:
     * "Kế hoạch của phường/xã bạn chưa đề cập; theo kế hoạch của UBND phường Đức Phổ."
     */
    String elsewhere(List<SourceInfo> sources) {
        String named = sources.stream().map(AnswerComposer::reference).distinct()
                .map(r -> r.isEmpty() ? r : Character.toLowerCase(r.charAt(0)) + r.substring(1))
                .collect(Collectors.joining(", "));
        return format("answer.elsewhere", named);
    }

    String notFound() {
        return format("answer.not-found", HELP);
    }

    String unknownPlace(String place, List<SourceInfo> sources) {
        String known = sources.stream()
                .flatMap(s -> s.places().stream())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        return known.isEmpty()
                ? format("answer.unknown-place", place, HELP)
                : format("answer.unknown-place.known", place, known, HELP);
    }

    String noIssueDate(SourceInfo source) {
        return format("answer.no-issue-date", reference(source), HELP);
    }

    String refusal() {
        return format("answer.refusal", HELP);
    }

    /** An answer quoting several documents: how many say so, then each quote. */
    String list(String quotes, int documents) {
        return format("answer.list", documents, quotes);
    }

    /** A grounded answer to a yes/no question: the answer first, then the evidence. */
    String yes(String evidence) {
        return format("answer.yes", evidence);
    }

    String personalData() {
        return get("answer.personal-data");
    }

    String empty() {
        return format("answer.empty", HELP);
    }

    /** Follows report guidance when the documents have nothing more to add. */
    String helpOnly() {
        return get("answer.help-only");
    }

    /** Which documents exist for a place the message names without asking anything. */
    String overview(List<SourceInfo> sources) {
        StringBuilder sb = new StringBuilder(get("answer.overview.heading"));
        for (SourceInfo s : sources) {
            sb.append("\n- ").append(s.issued().isEmpty()
                    ? format("answer.overview.document", reference(s), s.title())
                    : format("answer.overview.document.issued", reference(s), s.title(), s.issued()));
        }
        sb.append('\n').append(get("answer.overview.question"));
        return sb.toString();
    }

    /** First sentences of a report reply: where to send the report, and what to put in it. */
    String reportGuidance(String code, String label) {
        String include = KnowledgeMessages.contains(INCLUDE + "." + code) ? get(INCLUDE + "." + code) : get(INCLUDE);
        return format("answer.report-guidance", label, REPORT_PAGE, code) + " " + include;
    }

    private static String leadSentence(QuestionType type, String lead) {
        return switch (type) {
            case WHEN -> format("answer.lead.when", lead);
            case HOW_MANY -> format("answer.lead.how-many", lead);
            case WHICH_BODY -> format("answer.lead.which-body", lead);
            default -> lead;
        };
    }

    private static String reference(SourceInfo s) {
        if (s.type() == SourceType.ARTICLE || s.reference().isEmpty()) {
            return format("answer.source.article", s.title());
        }
        return s.reference();
    }

    /** "mục II.4 — …" for numbered sections, "phần mở đầu", "thông tin văn bản" otherwise. */
    private static String where(Passage p) {
        String section = p.section();
        if (p.chunk().anchor().matches("[IVX]+(\\.\\d+)?|\\d+")) {
            return format("answer.source.section", section);
        }
        return section.isEmpty() ? "" : Character.toLowerCase(section.charAt(0)) + section.substring(1);
    }
}
