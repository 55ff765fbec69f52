package vn.tdc.knowledge.assistant.application;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.tdc.knowledge.assistant.application.ExtractiveAnswerer.Extraction;
import vn.tdc.knowledge.assistant.application.ExtractiveAnswerer.Quote;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.assistant.domain.QuestionType;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.Passage;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

/** Writes the Vietnamese answer text and its citations. */
final class AnswerComposer {

    static final String REPORT_PAGE = "/phan-anh";

    private static final String HELP = "Tôi có thể trả lời câu hỏi về Chỉ thị 38-CT/TW và các kế hoạch thực hiện công tác "
            + "tiêu chuẩn, đo lường, chất lượng của phường, xã (ví dụ: cơ quan nào chủ trì, nhiệm vụ gì, thời hạn báo cáo). "
            + "Nếu bạn gặp cân thiếu, hàng giả hoặc hàng kém chất lượng, bạn có thể gửi phản ánh tại " + REPORT_PAGE + ".";

    /** The text of a grounded answer. */
    String grounded(Extraction extraction, QuestionType type) {
        StringBuilder sb = new StringBuilder();
        extraction.lead().ifPresent(lead -> sb.append(leadSentence(type, lead)).append(' '));
        List<Quote> quotes = extraction.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (i > 0) {
                sb.append("\nNgoài ra, theo ");
            } else {
                sb.append("Theo ");
            }
            sb.append(reference(q.passage().source())).append(" (").append(where(q.passage())).append(')');
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
        return reference(source) + " do " + source.signer() + " ký. Theo thông tin văn bản: «" + quotedLine + "».";
    }

    /** The text answering "ban hành ngày nào" from a document's identification, quoting the identification line. */
    String issued(SourceInfo source, String quotedLine) {
        return reference(source) + " được ban hành " + (source.issued().matches("\\d.*") ? "ngày " : "") + source.issued()
                + ". Theo thông tin văn bản: «" + quotedLine + "».";
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
        return new Citation(s.documentId(), s.title(), s.issuer(), chunk.section(), excerpt, s.type().code(), s.url());
    }

    String notFound() {
        return "Xin lỗi, tôi chưa tìm thấy thông tin này trong các văn bản hiện có. " + HELP;
    }

    String unknownPlace(String place, List<SourceInfo> sources) {
        String known = sources.stream()
                .flatMap(s -> s.places().stream())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        return "Xin lỗi, hiện chưa có văn bản nào của " + place + " trong hệ thống"
                + (known.isEmpty() ? "." : "; các văn bản hiện có là của: " + known + ".") + " " + HELP;
    }

    String noIssueDate(SourceInfo source) {
        return "Văn bản " + reference(source) + " không ghi rõ ngày ban hành. " + HELP;
    }

    String refusal() {
        return "Xin lỗi, tôi không thể thay đổi cách làm việc hay tiết lộ hướng dẫn nội bộ. " + HELP;
    }

    String empty() {
        return "Xin chào! Bạn muốn hỏi gì về công tác tiêu chuẩn, đo lường, chất lượng? " + HELP;
    }

    /** Follows report guidance when the documents have nothing more to add. */
    String helpOnly() {
        return "Bạn cũng có thể hỏi tôi về nhiệm vụ của các cơ quan trong kế hoạch thực hiện Chỉ thị 38-CT/TW của phường, xã.";
    }

    /** Which documents exist for a place the message names without asking anything. */
    String overview(List<SourceInfo> sources) {
        StringBuilder sb = new StringBuilder("Các văn bản hiện có về địa bàn này:");
        for (SourceInfo s : sources) {
            sb.append("\n- ").append(reference(s)).append(": «").append(s.title()).append("»");
            if (!s.issued().isEmpty()) {
                sb.append(", ban hành ").append(s.issued());
            }
            sb.append('.');
        }
        sb.append("\nBạn muốn hỏi gì về văn bản này (nhiệm vụ, cơ quan chủ trì, thời hạn, kinh phí…)?");
        return sb.toString();
    }

    /** First sentence of a report reply: where to send the report. */
    String reportGuidance(String code, String label) {
        return "Nếu bạn muốn phản ánh về " + label + ", hãy gửi phản ánh tại " + REPORT_PAGE + "?loai=" + code
                + " để cơ quan chức năng kiểm tra, xử lý.";
    }

    private static String leadSentence(QuestionType type, String lead) {
        return switch (type) {
            case WHEN -> "Thời hạn/thời điểm được nêu: " + lead + ".";
            case HOW_MANY -> "Con số được nêu: " + lead + ".";
            case WHICH_BODY -> "Đơn vị được giao: " + lead + ".";
            default -> lead;
        };
    }

    private static String reference(SourceInfo s) {
        if (s.type() == SourceType.ARTICLE || s.reference().isEmpty()) {
            return "bài viết «" + s.title() + "»";
        }
        return s.reference();
    }

    /** "mục II.4 — …" for numbered sections, "phần mở đầu", "thông tin văn bản" otherwise. */
    private static String where(Passage p) {
        String section = p.section();
        if (p.chunk().anchor().matches("[IVX]+(\\.\\d+)?|\\d+")) {
            return "mục " + section;
        }
        return section.isEmpty() ? "" : Character.toLowerCase(section.charAt(0)) + section.substring(1);
    }
}
