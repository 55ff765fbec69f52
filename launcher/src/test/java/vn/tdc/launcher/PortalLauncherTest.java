package vn.tdc.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalLauncherTest {

    @Test
    void should_make_payara_exit_on_out_of_memory_before_the_configured_options() {
        // when
        var defaults = PortalLauncher.jvmOptions(PortalLauncher.DEFAULT_JVM_OPTIONS);
        var configured = PortalLauncher.jvmOptions("  -Xmx1g   -XX:+UseSerialGC ");

        // then each configured option is its own argument
        assertThat(defaults).containsExactly("-XX:+ExitOnOutOfMemoryError", "-Xmx512m");
        assertThat(configured).containsExactly("-XX:+ExitOnOutOfMemoryError", "-Xmx1g", "-XX:+UseSerialGC");
    }
}
