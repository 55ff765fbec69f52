package vn.tdc.portal.assistant.application;

import java.io.Serializable;
import java.util.List;

/**
 * The assistant's reply as the API and pages show it. {@code reportUrl} is set when the message describes a
 * problem the resident can report ({@code /phan-anh?loai=can-thieu}).
 */
public record ChatReply(String answer, boolean grounded, List<CitationView> citations, String conversationId,
                        String mode, String reportUrl) {

    /**
     * A cited passage with the link that opens it; {@code level} is the source's tier ("xa", "tinh", "quoc-gia") and
     * {@code levelLabel} says it ("cấp xã").
     */
    public record CitationView(String documentId, String title, String issuer, String section, String excerpt,
                               String type, String url, String level, String levelLabel) implements Serializable {
    }
}
