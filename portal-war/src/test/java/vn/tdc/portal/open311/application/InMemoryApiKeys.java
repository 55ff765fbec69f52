package vn.tdc.portal.open311.application;

import vn.tdc.portal.open311.domain.ApiKey;
import vn.tdc.portal.open311.domain.ApiKeyRepository;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keys in memory; ids are given as the database would. */
final class InMemoryApiKeys implements ApiKeyRepository {

    final List<ApiKey> stored = new ArrayList<>();

    @Override
    public void add(ApiKey key) {
        try {
            Field id = ApiKey.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(key, (long) stored.size() + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        stored.add(key);
    }

    @Override
    public Optional<ApiKey> findById(long id) {
        return stored.stream().filter(k -> k.id() == id).findFirst();
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return stored.stream().filter(k -> k.keyHash().equals(keyHash)).findFirst();
    }

    @Override
    public List<ApiKey> all() {
        return stored.stream().sorted(Comparator.comparing(ApiKey::id).reversed()).toList();
    }
}
