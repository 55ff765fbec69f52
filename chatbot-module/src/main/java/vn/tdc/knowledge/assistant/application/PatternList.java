package vn.tdc.knowledge.assistant.application;

import java.util.List;
import java.util.regex.Pattern;
import vn.tdc.knowledge.search.analysis.ResourceLines;

/** A list of regular expressions (one per line of a resource) tested against folded messages. */
final class PatternList {

    private final List<Pattern> patterns;

    PatternList(List<String> lines) {
        this.patterns = lines.stream().map(Pattern::compile).toList();
    }

    static PatternList fromResource(String resource) {
        return new PatternList(ResourceLines.read(resource));
    }

    boolean anyMatch(FoldedText text) {
        for (Pattern p : patterns) {
            if (p.matcher(text.folded()).find()) {
                return true;
            }
        }
        return false;
    }
}
