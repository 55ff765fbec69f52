package vn.tdc.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;

/**
 * The Hazelcast cluster of {@code ClusterIT}'s two Payara Micro nodes (requested with {@code portal.it.cluster=true}):
 * a name of its own, so that no other run on the machine joins it, and a data grid port per node chosen free at run
 * time. Both nodes listen on loopback only and find each other at these two addresses. Host-aware partitioning is
 * off: both nodes share 127.0.0.1, and with it on Hazelcast would keep no backup of a node's sessions on the other.
 */
record HazelcastCluster(String name, List<Integer> ports) {

    private static HazelcastCluster settings;

    static boolean requested() {
        return Boolean.getBoolean("portal.it.cluster");
    }

    static synchronized HazelcastCluster settings() {
        if (settings == null) {
            int first = freePort();
            int second = freePort();
            while (second == first) {
                second = freePort();
            }
            settings = new HazelcastCluster("portal-it-" + UUID.randomUUID().toString().substring(0, 8),
                    List.of(first, second));
        }
        return settings;
    }

    /** Payara Micro's options of node {@code index} (0: Arquillian's, 1: {@link SecondPortalNode}). */
    List<String> nodeOptions(int index) {
        String members = "tcpip:" + String.join(",", ports.stream().map(port -> "127.0.0.1:" + port).toList());
        return List.of("--clustermode", members, "--interfaces", "127.0.0.1", "--clustername", name,
                "--startport", Integer.toString(ports.get(index)), "--nohostaware");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
