package vn.tdc.portal.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/** Portal-wide settings read once through MicroProfile Config; defaults in META-INF/microprofile-config.properties. */
@Named("portal")
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "portal.ward.name")
    String wardName;

    @Inject
    @ConfigProperty(name = "portal.ward.province")
    String province;

    @Inject
    @ConfigProperty(name = "portal.data.dir")
    String dataDir;

    public String getWardName() {
        return wardName;
    }

    public String getProvince() {
        return province;
    }

    public Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }
}
