package vn.tdc.portal.platform.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import java.util.UUID;

/**
 * A real Hazelcast member for unit tests (the engine Payara Micro runs), alone in its own cluster: started once per
 * test JVM, on loopback, without multicast or any discovery. Tests keep apart by using maps of their own names
 * ({@link #uniqueName}).
 */
public final class TestGrid {

    private static HazelcastInstance member;

    private TestGrid() {
    }

    public static synchronized DataGrid grid() {
        return new DataGrid(member());
    }

    /** A second member joined to the same cluster as {@link #grid()}, for tests of what several nodes share. */
    public static synchronized DataGrid secondNode() {
        return new DataGrid(Hazelcast.newHazelcastInstance(config()));
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static HazelcastInstance member() {
        if (member == null) {
            member = Hazelcast.newHazelcastInstance(config());
            Runtime.getRuntime().addShutdownHook(new Thread(Hazelcast::shutdownAll, "test-grid-shutdown"));
        }
        return member;
    }

    private static final String CLUSTER = "portal-unit-tests-" + UUID.randomUUID();
    private static final int MEMBERS = 4;
    /** Ports of its own for each test JVM, so that test runs side by side do not try each other's members. */
    private static final int BASE_PORT = 20_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(2_000) * MEMBERS;

    private static Config config() {
        Config config = new Config().setClusterName(CLUSTER);
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.getJetConfig().setEnabled(false);
        config.getNetworkConfig().setPort(BASE_PORT).setPortAutoIncrement(true).setPortCount(MEMBERS);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true);
        for (int port = BASE_PORT; port < BASE_PORT + MEMBERS; port++) {
            config.getNetworkConfig().getJoin().getTcpIpConfig().addMember("127.0.0.1:" + port);
        }
        return config;
    }
}
