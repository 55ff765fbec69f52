package vn.tdc.knowledge.search.application;

import java.util.ArrayList;
import java.util.List;
import vn.tdc.knowledge.search.analysis.ResourceLines;
import vn.tdc.knowledge.search.analysis.WordSplitter;
import vn.tdc.knowledge.search.analysis.WordSplitter.Word;

/**
 * How residents ask who handles a task, and the words the plans answer with, read from {@code role-words-vi.txt}.
 *
 * <p>Residents name a role in their own words ("ai lo", "bên nào phụ trách", "đứng ra", "chịu trách nhiệm", "đầu mối");
 * the plans name it in theirs ("Cơ quan chủ trì thực hiện", "Phối hợp với…", "Là đầu mối tham mưu", "Giao…"). A role
 * word of a question says what kind of answer is asked, not what it is about: it stays a term, but a weak one (it
 * weighs a quarter in the coverage check, so a paraphrase of the role cannot make an answerable question look
 * off-topic), and every document role word counts for it ("phụ trách" is covered by a passage saying "chủ trì").
 * The plans' own word "chủ trì" is not a paraphrase: typed in a question it stays a full term ("kế hoạch giao ai chủ trì?").
 * Colloquial fillers ("cái", "người ta", "đi" before a verb) are weak terms with no alternatives. The topic ("tuyên
 * truyền", "kiểm tra cân") keeps its full weight, so a question about a task the plans never assign ("bên nào phụ trách
 * thu phí vệ sinh") is still declined.
 *
 * <p>File format: {@code = phrase | phrase} lines give the document role words; {@code ~ word} lines are fillers; any
 * other line is a role word or phrase. Entries match like {@link QueryNoise}'s ("!" = only with these diacritics).
 */
public final class RoleWords {

    public static final String RESOURCE = "/vn/tdc/knowledge/search/role-words-vi.txt";

    private static final RoleWords DEFAULT = new RoleWords(ResourceLines.read(RESOURCE));

    private final QueryNoise roles;
    private final QueryNoise fillers;
    private final List<List<String>> answers;

    public RoleWords(List<String> lines) {
        WordSplitter splitter = new WordSplitter();
        List<String> roleLines = new ArrayList<>();
        List<String> fillerLines = new ArrayList<>();
        List<List<String>> alternatives = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("=")) {
                for (String alt : line.substring(1).split("\\|")) {
                    List<String> words = splitter.split(alt).stream().map(Word::folded).toList();
                    if (!words.isEmpty()) {
                        alternatives.add(words);
                    }
                }
            } else if (line.startsWith("~")) {
                fillerLines.add(line.substring(1).strip());
            } else {
                roleLines.add(line);
            }
        }
        this.roles = new QueryNoise(roleLines);
        this.fillers = new QueryNoise(fillerLines);
        this.answers = List.copyOf(alternatives);
    }

    public static RoleWords defaults() {
        return DEFAULT;
    }

    /** Marks the words of a question that name a role ("bên", "phụ trách", "chịu trách nhiệm"). */
    public boolean[] roles(List<Word> words) {
        return roles.mark(words);
    }

    /** Marks the colloquial fillers of a question ("cái", "người ta"). */
    public boolean[] fillers(List<Word> words) {
        return fillers.mark(words);
    }

    /** The plans' role words (folded syllables): each covers a role word of a question. */
    public List<List<String>> answers() {
        return answers;
    }
}
