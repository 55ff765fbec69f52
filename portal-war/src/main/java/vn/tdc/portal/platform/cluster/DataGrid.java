package vn.tdc.portal.platform.cluster;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Payara Micro's Hazelcast data grid (JNDI {@code payara/Hazelcast}): one member per node, joined into one cluster
 * when the nodes are started with a cluster mode (see the README's operations section), a grid of one member when a
 * node runs alone ({@code --nocluster}). Everything several nodes must agree on that is not in the database lives
 * here: rate-limit buckets, login back-off, conversation memory, cache invalidations, and (by Payara itself) the
 * HTTP sessions.
 *
 * <p>Values put in the grid are JDK types ({@code byte[]}, {@code long[]}, {@code String}): a grid member keeps
 * them without ever loading a class of the portal.
 */
@ApplicationScoped
public class DataGrid {

    @Resource(lookup = "payara/Hazelcast")
    HazelcastInstance hazelcast;

    /** For CDI. */
    protected DataGrid() {
    }

    /** A grid over a given Hazelcast member (tests start their own). */
    public DataGrid(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    /**
     * The distributed map {@code name}, bounded: an entry not written for {@code timeToLive} is dropped, and past
     * {@code maxEntriesPerNode} entries on a member the least recently used go first. The bounds are declared (cluster
     * wide) the first time the map is asked for; Hazelcast ignores an identical declaration made again.
     */
    public <K, V> IMap<K, V> boundedMap(String name, Duration timeToLive, int maxEntriesPerNode) {
        hazelcast.getConfig().addMapConfig(new MapConfig(name)
                .setTimeToLiveSeconds((int) Math.max(1, timeToLive.toSeconds()))
                .setEvictionConfig(new EvictionConfig()
                        .setEvictionPolicy(EvictionPolicy.LRU)
                        .setMaxSizePolicy(MaxSizePolicy.PER_NODE)
                        .setSize(maxEntriesPerNode)));
        return hazelcast.getMap(name);
    }

    public ITopic<String> topic(String name) {
        return hazelcast.getTopic(name);
    }

    /** Members of the cluster now (1 when this node runs alone). */
    public int members() {
        return hazelcast.getCluster().getMembers().size();
    }

    /** Leaves the cluster (tests that start members of their own). */
    public void shutdown() {
        hazelcast.shutdown();
    }

    /** This member's id, different on every node and every start. */
    public String localMember() {
        return hazelcast.getCluster().getLocalMember().getUuid().toString();
    }
}
