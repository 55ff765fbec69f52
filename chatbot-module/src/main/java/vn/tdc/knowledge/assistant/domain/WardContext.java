package vn.tdc.knowledge.assistant.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The ward a question is asked on, as the caller knows it: the chain of unit slugs from the ward up, nearest first
 * ({@code [xa-dong-cuu, bac-ninh]}). The assistant knows nothing of the units' table; the web layer passes the chain.
 * {@link #NONE} (no ward) searches every source alike.
 */
public record WardContext(List<String> chain) {

    public static final WardContext NONE = new WardContext(List.of());

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public WardContext {
        chain = List.copyOf(chain);
        if (chain.stream().anyMatch(s -> !SLUG.matcher(s).matches())) {
            throw new IllegalArgumentException("unit slugs are lower-case words joined by '-': " + chain);
        }
    }

    public static WardContext of(String... slugs) {
        return new WardContext(List.of(slugs));
    }

    public boolean present() {
        return !chain.isEmpty();
    }

    /** The ward's slug; empty without a ward. */
    public String ward() {
        return chain.isEmpty() ? "" : chain.get(0);
    }

    /** The units above the ward, nearest first (its province). */
    public List<String> above() {
        return chain.isEmpty() ? List.of() : chain.subList(1, chain.size());
    }

    public boolean contains(String unit) {
        return chain.contains(unit);
    }
}
