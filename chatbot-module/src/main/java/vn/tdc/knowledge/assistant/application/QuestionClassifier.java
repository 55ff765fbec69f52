package vn.tdc.knowledge.assistant.application;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.tdc.knowledge.assistant.domain.QuestionType;
import vn.tdc.knowledge.search.analysis.ResourceLines;

/**
 * Detects the {@link QuestionType} from the raw question (never from analysed tokens, where question
 * words are gone). Patterns live in {@code question-types.txt}; the first matching line wins.
 *
 * <p>Patterns run on the folded question, where "nguồn lực nào" reads like "lúc nào" and "máy" like "mấy".
 * Lines {@code FORM folded phrase = spelling | spelling} name such question words: in a question typed with
 * diacritics, an occurrence spelled otherwise ("lực nào") is hidden from the patterns. Words typed without
 * diacritics are taken as meant.
 */
public final class QuestionClassifier {

    public static final String RESOURCE = "/vn/tdc/knowledge/assistant/question-types.txt";

    private record Rule(QuestionType type, Pattern pattern) {
    }

    /** A question word's folded syllables and the spellings (lower case, with diacritics) that mean it. */
    private record Form(List<String> folded, List<List<String>> spellings) {
    }

    private static final String FORM = "FORM ";
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}%]+");

    private final List<Rule> rules;
    private final List<Form> forms;

    public QuestionClassifier(List<String> lines) {
        List<Rule> list = new ArrayList<>();
        List<Form> formList = new ArrayList<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (line.startsWith(FORM) && eq > FORM.length()) {
                List<List<String>> spellings = new ArrayList<>();
                for (String spelling : line.substring(eq + 1).split("\\|")) {
                    spellings.add(words(spelling.strip().toLowerCase()));
                }
                formList.add(new Form(words(line.substring(FORM.length(), eq).strip()), spellings));
                continue;
            }
            if (eq <= 0) {
                throw new IllegalArgumentException("question-type line is not 'TYPE = regex': " + line);
            }
            list.add(new Rule(QuestionType.valueOf(line.substring(0, eq).strip()), Pattern.compile(line.substring(eq + 1).strip())));
        }
        this.rules = List.copyOf(list);
        this.forms = List.copyOf(formList);
    }

    public QuestionClassifier() {
        this(ResourceLines.read(RESOURCE));
    }

    public QuestionType classify(String question) {
        return classify(FoldedText.of(question));
    }

    QuestionType classify(FoldedText text) {
        String folded = text.typedWithDiacritics() && mayHoldForm(text.folded()) ? hideMisspelledForms(text) : text.folded();
        for (Rule r : rules) {
            if (r.pattern().matcher(folded).find()) {
                return r.type();
            }
        }
        return QuestionType.GENERAL;
    }

    /** Whether the folded question contains the first word of some {@link Form} (a cheap test before the word-by-word one). */
    private boolean mayHoldForm(String folded) {
        for (Form form : forms) {
            if (folded.contains(form.folded().get(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folded question where each occurrence of a {@link Form} typed with other diacritics ("lực nào" for the
     * form "lúc nào") gets a trailing "_", so that no pattern sees it.
     */
    private String hideMisspelledForms(FoldedText text) {
        List<String> folded = words(text.folded());
        List<String> lower = words(text.lower());
        if (folded.size() != lower.size()) {
            return text.folded();
        }
        List<String> out = new ArrayList<>(folded);
        for (Form form : forms) {
            int n = form.folded().size();
            for (int i = 0; i + n <= folded.size(); i++) {
                if (!folded.subList(i, i + n).equals(form.folded())) {
                    continue;
                }
                List<String> typed = lower.subList(i, i + n);
                boolean plain = typed.equals(folded.subList(i, i + n));
                if (!plain && !form.spellings().contains(typed)) {
                    for (int k = i; k < i + n; k++) {
                        out.set(k, folded.get(k) + "_");
                    }
                }
            }
        }
        return String.join(" ", out);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAK.split(text)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
