package vn.tdc.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalLauncherTest {

    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path MICRO = Path.of("/build/payara-micro.jar");
    private static final Path WAR = Path.of("/build/portal.war");
    private static final Path PREBOOT = Path.of("/data/payara-preboot.asadmin");

    @Test
    void should_make_payara_exit_on_out_of_memory_before_the_configured_options() {
        // when
        var defaults = PortalLauncher.jvmOptions(PortalLauncher.DEFAULT_JVM_OPTIONS);
        var configured = PortalLauncher.jvmOptions("  -Xmx1g   -XX:+UseSerialGC ");

        // then each configured option is its own argument
        assertThat(defaults).containsExactly("-XX:+ExitOnOutOfMemoryError", "-Xmx512m");
        assertThat(configured).containsExactly("-XX:+ExitOnOutOfMemoryError", "-Xmx1g", "-XX:+UseSerialGC");
    }

    @Test
    void should_start_a_single_node_with_its_own_data_grid_and_no_cluster() {
        // given no cluster setting
        ClusterSettings single = ClusterSettings.read(name -> Optional.empty());

        // when
        List<String> command = PortalLauncher.payaraCommand(JAVA, "-Xmx512m", MICRO, WAR, "8080", "4", single, PREBOOT);

        // then Hazelcast is not turned off: the portal keeps its sessions and rate limits there
        assertThat(command).containsExactly("/jdk/bin/java", "-XX:+ExitOnOutOfMemoryError", "-Xmx512m",
                "-jar", "/build/payara-micro.jar", "--deploy", "/build/portal.war", "--contextroot", "/",
                "--port", "8080", "--disablephonehome", "--maxhttpthreads", "4", "--minhttpthreads", "4",
                "--prebootcommandfile", "/data/payara-preboot.asadmin", "--nocluster");
        assertThat(command).doesNotContain("--nohazelcast");
    }

    @Test
    void should_start_a_cluster_node_that_joins_the_members() {
        // given
        ClusterSettings cluster = ClusterSettings.read(name -> Optional.ofNullable(Map.of(
                "portal.cluster.members", "127.0.0.1:6900,127.0.0.1:6901",
                "portal.cluster.port", "6901",
                "portal.node.name", "node2").get(name)));

        // when
        List<String> command = PortalLauncher.payaraCommand(JAVA, "-Xmx512m", MICRO, WAR, "8082", "4", cluster, PREBOOT);

        // then
        assertThat(command).doesNotContain("--nocluster", "--nohazelcast")
                .containsSequence("--port", "8082")
                .containsSequence("--clustermode", "tcpip:127.0.0.1:6900,127.0.0.1:6901")
                .containsSequence("--clustername", "tdc-portal")
                .containsSequence("--startport", "6901")
                .containsSequence("--name", "node2");
    }

    @Test
    void should_name_a_setting_as_its_environment_variable() {
        assertThat(PortalLauncher.environmentName("portal.storage.dir")).isEqualTo("PORTAL_STORAGE_DIR");
        assertThat(PortalLauncher.environmentName("portal.reports.rate-limit.burst"))
                .isEqualTo("PORTAL_REPORTS_RATE_LIMIT_BURST");
    }
}
