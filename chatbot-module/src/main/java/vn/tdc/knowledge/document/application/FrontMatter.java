package vn.tdc.knowledge.document.application;

import java.util.Map;
import java.util.Optional;

/** The {@code key: value} header of a content file and the text that follows it. */
public record FrontMatter(Map<String, String> fields, String body) {

    public FrontMatter {
        fields = Map.copyOf(fields);
    }

    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key)).filter(v -> !v.isBlank());
    }

    public String fieldOrEmpty(String key) {
        return fields.getOrDefault(key, "");
    }
}
