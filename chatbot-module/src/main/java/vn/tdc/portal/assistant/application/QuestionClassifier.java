package vn.tdc.portal.assistant.application;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.tdc.portal.assistant.domain.QuestionType;
import vn.tdc.portal.search.analysis.ResourceLines;

/**
 * Detects the {@link QuestionType} from the raw question (never from analysed tokens, where question
 * words are gone). Patterns live in {@code question-types.txt}; the first matching line wins.
 */
public final class QuestionClassifier {

    public static final String RESOURCE = "/vn/tdc/portal/assistant/question-types.txt";

    private record Rule(QuestionType type, Pattern pattern) {
    }

    private final List<Rule> rules;

    public QuestionClassifier(List<String> lines) {
        List<Rule> list = new ArrayList<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("question-type line is not 'TYPE = regex': " + line);
            }
            list.add(new Rule(QuestionType.valueOf(line.substring(0, eq).strip()), Pattern.compile(line.substring(eq + 1).strip())));
        }
        this.rules = List.copyOf(list);
    }

    public QuestionClassifier() {
        this(ResourceLines.read(RESOURCE));
    }

    public QuestionType classify(String question) {
        return classify(FoldedText.of(question));
    }

    QuestionType classify(FoldedText text) {
        for (Rule r : rules) {
            if (r.pattern().matcher(text.folded()).find()) {
                return r.type();
            }
        }
        return QuestionType.GENERAL;
    }
}
