package vn.tdc.knowledge.search.application;

import java.util.List;

/**
 * A place that indexed sources govern.
 *
 * @param name     as written ("phường Đức Phổ")
 * @param key      folded name without its administrative level ("duc pho"); indexed as a filter value
 * @param words    the folded words of the key
 * @param region   true for an enclosing province/city ("tỉnh Quảng Ngãi"), false for the governed place
 */
public record KnownPlace(String name, String key, List<String> words, boolean region) {

    public KnownPlace {
        words = List.copyOf(words);
    }
}
