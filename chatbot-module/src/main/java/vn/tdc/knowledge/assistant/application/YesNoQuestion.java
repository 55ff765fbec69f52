package vn.tdc.knowledge.assistant.application;

import java.util.regex.Pattern;

/**
 * A yes/no question: "chợ có cân đối chứng không?", "… có phải kiểm định cân không ạ", "… phải không". Its answer
 * starts with the answer ("Có.") and then quotes the evidence. A question that also asks for something ("có
 * cách gì … không", "có bao nhiêu … không") is not one.
 */
final class YesNoQuestion {

    private static final Pattern ASKS_YES_OR_NO = Pattern.compile(
            "(\\bco\\b.*\\b(khong|hong|ko|chua)|\\bphai khong|\\bdung khong|\\bhay khong)( (a|vay|nhi|ha|the|day|chu|ban|ad))*$");
    private static final Pattern ASKS_FOR_SOMETHING = Pattern.compile("\\b(gi|nao|ai|bao nhieu|may|dau|sao|the nao|ra sao)\\b");

    private YesNoQuestion() {
    }

    static boolean is(FoldedText text) {
        String folded = text.folded();
        return ASKS_YES_OR_NO.matcher(folded).find() && !ASKS_FOR_SOMETHING.matcher(folded).find();
    }
}
