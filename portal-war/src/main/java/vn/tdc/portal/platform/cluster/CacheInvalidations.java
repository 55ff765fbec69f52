package vn.tdc.portal.platform.cluster;

import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the nodes' own caches true to the database: a node that empties one of its {@link SharedCache}s after a
 * change tells the other nodes through a grid topic, and each of them fires {@link CacheInvalidated} for its caches.
 * The node that made the change has emptied its cache already (synchronously, in its own observer), so it ignores
 * its own message. Delivery is asynchronous (milliseconds on a local network); a node that misses a message (it was
 * joining) still sees the change when the cache's own time-to-live ends.
 */
@ApplicationScoped
public class CacheInvalidations {

    static final String TOPIC = "tdc.cache-invalidations";
    private static final Logger LOG = Logger.getLogger(CacheInvalidations.class.getName());
    private static final char SEPARATOR = '\n';

    @Inject
    DataGrid grid;

    @Inject
    Event<CacheInvalidated> invalidated;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private Consumer<CacheInvalidated> deliver;
    private ITopic<String> topic;
    private UUID listener;
    private String self;

    /** For CDI. */
    protected CacheInvalidations() {
    }

    /** Over a given grid, handing other nodes' invalidations to {@code deliver} on the grid's thread (tests). */
    public CacheInvalidations(DataGrid grid, Consumer<CacheInvalidated> deliver) {
        this.grid = grid;
        this.deliver = deliver;
        subscribe();
    }

    @PostConstruct
    void start() {
        // the grid's listener thread has no application context: the observers run on a managed thread
        deliver = invalidation -> executor.execute(() -> {
            try {
                invalidated.fire(invalidation);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Emptying cache " + invalidation.cache() + " after another node's change failed",
                        e);
            }
        });
        subscribe();
    }

    private void subscribe() {
        topic = grid.topic(TOPIC);
        self = grid.localMember();
        listener = topic.addMessageListener(this::received);
    }

    @PreDestroy
    void unsubscribe() {
        if (listener != null) {
            topic.removeMessageListener(listener);
        }
    }

    /** Tells the other nodes to forget all of {@code cache} (once the current transaction, if any, has committed). */
    public void publish(SharedCache cache) {
        afterCommit(encode(self, cache, null));
    }

    /** Tells the other nodes to forget {@code key} in {@code cache} (once the current transaction has committed). */
    public void publish(SharedCache cache, String key) {
        afterCommit(encode(self, cache, key));
    }

    /**
     * Inside a transaction the message waits for its commit (another node reloading earlier would keep the old rows),
     * and a rolled back change sends nothing.
     */
    private void afterCommit(String message) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            topic.publish(message);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    topic.publish(message);
                }
            }
        });
    }

    private void received(Message<String> message) {
        Decoded decoded = decode(message.getMessageObject());
        if (decoded == null || decoded.sender().equals(self)) {
            return;
        }
        deliver.accept(new CacheInvalidated(decoded.cache(), decoded.key()));
    }

    record Decoded(String sender, SharedCache cache, Optional<String> key) {
    }

    static String encode(String sender, SharedCache cache, String key) {
        return sender + SEPARATOR + cache.name() + (key == null ? "" : SEPARATOR + key);
    }

    /** Null for a message this version does not know (a node of another version during a rolling update). */
    static Decoded decode(String message) {
        String[] parts = message.split(String.valueOf(SEPARATOR), 3);
        if (parts.length < 2) {
            return null;
        }
        try {
            SharedCache cache = SharedCache.valueOf(parts[1]);
            return new Decoded(parts[0], cache, parts.length == 3 ? Optional.of(parts[2]) : Optional.empty());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
