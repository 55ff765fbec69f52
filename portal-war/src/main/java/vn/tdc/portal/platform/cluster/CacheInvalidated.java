package vn.tdc.portal.platform.cluster;

import java.util.Optional;

/**
 * CDI event fired on a node when another node has changed what {@code cache} holds: the node's own copy must be
 * forgotten, the entry of {@code key} only, or all of it when there is no key.
 */
public record CacheInvalidated(SharedCache cache, Optional<String> key) {

    public boolean concerns(SharedCache other) {
        return cache == other;
    }
}
