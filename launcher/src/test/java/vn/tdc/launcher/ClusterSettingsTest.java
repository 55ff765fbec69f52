package vn.tdc.launcher;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterSettingsTest {

    private static ClusterSettings read(Map<String, String> settings) {
        return ClusterSettings.read(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void should_run_a_single_node_without_looking_for_members_when_no_member_is_set() {
        // given no cluster setting
        ClusterSettings settings = read(Map.of());

        // when
        var options = settings.payaraOptions();

        // then Hazelcast still runs (no --nohazelcast), with this member alone
        assertThat(settings.clustered()).isFalse();
        assertThat(options).containsExactly("--nocluster");
    }

    @Test
    void should_join_the_listed_members_on_the_loopback_when_all_nodes_are_on_this_machine() {
        // given three nodes on one machine
        ClusterSettings settings = read(Map.of(
                "portal.cluster.members", "127.0.0.1:6900, 127.0.0.1:6901,127.0.0.1:6902",
                "portal.cluster.port", "6901",
                "portal.node.name", "node2"));

        // when
        var options = settings.payaraOptions();

        // then one host holds every member: backups must not wait for another host
        assertThat(settings.clustered()).isTrue();
        assertThat(options).containsExactly(
                "--clustermode", "tcpip:127.0.0.1:6900,127.0.0.1:6901,127.0.0.1:6902",
                "--clustername", "tdc-portal",
                "--startport", "6901",
                "--interfaces", "127.0.0.1",
                "--nohostaware",
                "--name", "node2");
    }

    @Test
    void should_leave_interfaces_and_backups_to_payara_when_members_are_on_several_hosts() {
        // given
        ClusterSettings settings = read(Map.of(
                "portal.cluster.members", "10.0.0.11:6900,10.0.0.12:6900",
                "portal.cluster.name", "quang-ngai"));

        // when
        var options = settings.payaraOptions();

        // then
        assertThat(options).containsExactly(
                "--clustermode", "tcpip:10.0.0.11:6900,10.0.0.12:6900", "--clustername", "quang-ngai");
    }

    @Test
    void should_bind_the_grid_to_the_configured_interface() {
        // given
        ClusterSettings settings = read(Map.of(
                "portal.cluster.members", "10.0.0.11:6900,10.0.0.12:6900",
                "portal.cluster.interface", "10.0.0.*"));

        // when
        var options = settings.payaraOptions();

        // then
        assertThat(options).containsSequence("--interfaces", "10.0.0.*");
    }

    @Test
    void should_refuse_a_member_without_a_port_and_a_port_that_is_no_number() {
        assertThatThrownBy(() -> read(Map.of("portal.cluster.members", "10.0.0.11:6900,10.0.0.12")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'10.0.0.12'").hasMessageContaining("host:port");
        assertThatThrownBy(() -> read(Map.of("portal.cluster.members", "10.0.0.11:hz")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portal.cluster.members").hasMessageContaining("'hz'");
        assertThatThrownBy(() -> read(Map.of("portal.cluster.members", "10.0.0.11:6900",
                "portal.cluster.port", "70000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portal.cluster.port");
    }
}
