package vn.tdc.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether this portal node runs alone or as one member of a cluster, and the Payara Micro options that say so.
 *
 * <ul>
 *   <li>{@code portal.cluster.members} unset: a single node. Payara Micro gets {@code --nocluster}: it still starts
 *       its Hazelcast data grid (the portal keeps sessions and rate limits there) with this one member and never
 *       looks for others.</li>
 *   <li>{@code portal.cluster.members} = {@code host:port,host:port…}: the Hazelcast members to join (TCP/IP
 *       discovery, {@code --clustermode tcpip:…}); every node lists the same members, itself included. The nodes
 *       then share one data grid named {@code portal.cluster.name} ({@code --clustername}), so a node of another
 *       portal on the same network never joins by mistake.</li>
 *   <li>{@code portal.cluster.port}: this node's Hazelcast port ({@code --startport}; Payara takes the next free one
 *       when it is taken); unset: Payara's default, 6900.</li>
 *   <li>{@code portal.cluster.interface}: the network interfaces the data grid binds to ({@code --interfaces}, e.g.
 *       {@code 10.0.0.*}); unset: {@code 127.0.0.1} when every member is on the loopback, else Payara's choice.</li>
 *   <li>{@code portal.node.name}: this node's name in the grid and the logs ({@code --name}); unset: Payara's
 *       generated name.</li>
 * </ul>
 * When all members share one host (several nodes on one machine, as {@code bench/cluster.sh} runs them) the grid is
 * told {@code --nohostaware}: Payara otherwise keeps the backup copy of an entry only on another host, so there
 * would be none and the entries of a killed node would be lost.
 */
record ClusterSettings(List<String> members, String name, Optional<Integer> port, Optional<String> interfaces,
                       Optional<String> nodeName) {

    static final String DEFAULT_NAME = "tdc-portal";

    ClusterSettings {
        members = List.copyOf(members);
    }

    /**
     * Reads the settings.
     *
     * @param setting a setting's value by its dotted name, empty when unset
     * @throws IllegalArgumentException when a member is not {@code host:port} or a port is not a port number
     */
    static ClusterSettings read(Function<String, Optional<String>> setting) {
        List<String> members = new ArrayList<>();
        setting.apply("portal.cluster.members").ifPresent(list -> {
            for (String member : list.split(",")) {
                if (!member.isBlank()) {
                    members.add(checkedMember(member.strip()));
                }
            }
        });
        Optional<Integer> port = setting.apply("portal.cluster.port")
                .map(value -> portNumber(value.strip(), "portal.cluster.port"));
        return new ClusterSettings(members, setting.apply("portal.cluster.name").orElse(DEFAULT_NAME), port,
                setting.apply("portal.cluster.interface"), setting.apply("portal.node.name"));
    }

    /** Whether this node joins others: only then must the database be a shared one. */
    boolean clustered() {
        return !members.isEmpty();
    }

    /** The options of Payara Micro's command line that set up (or turn off) its cluster. */
    List<String> payaraOptions() {
        List<String> options = new ArrayList<>();
        if (!clustered()) {
            options.add("--nocluster");
            nodeName.ifPresent(node -> options.addAll(List.of("--name", node)));
            return options;
        }
        options.addAll(List.of("--clustermode", "tcpip:" + String.join(",", members), "--clustername", name));
        port.ifPresent(p -> options.addAll(List.of("--startport", String.valueOf(p))));
        interfaces.or(this::loopbackWhenAllMembersAre)
                .ifPresent(i -> options.addAll(List.of("--interfaces", i)));
        if (members.stream().map(ClusterSettings::host).distinct().count() == 1) {
            options.add("--nohostaware");
        }
        nodeName.ifPresent(node -> options.addAll(List.of("--name", node)));
        return options;
    }

    private Optional<String> loopbackWhenAllMembersAre() {
        boolean loopback = members.stream().map(ClusterSettings::host)
                .allMatch(host -> host.equals("localhost") || host.startsWith("127."));
        return loopback ? Optional.of("127.0.0.1") : Optional.empty();
    }

    private static String host(String member) {
        return member.substring(0, member.lastIndexOf(':'));
    }

    private static String checkedMember(String member) {
        int colon = member.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("portal.cluster.members: '" + member
                    + "' không có dạng máy:cổng / is not host:port");
        }
        portNumber(member.substring(colon + 1), "portal.cluster.members");
        return member;
    }

    private static int portNumber(String value, String settingName) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the setting's name
        }
        throw new IllegalArgumentException(settingName + ": '" + value
                + "' không phải số cổng (1–65535) / is not a port number (1-65535)");
    }
}
