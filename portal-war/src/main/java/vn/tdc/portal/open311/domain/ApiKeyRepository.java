package vn.tdc.portal.open311.domain;

import java.util.List;
import java.util.Optional;

/** Open311 API keys. Callers own the transaction. */
public interface ApiKeyRepository {

    /** Stores a new key and gives it its id. */
    void add(ApiKey key);

    Optional<ApiKey> findById(long id);

    Optional<ApiKey> findByHash(String keyHash);

    /** All keys, revoked ones included, newest first. */
    List<ApiKey> all();
}
