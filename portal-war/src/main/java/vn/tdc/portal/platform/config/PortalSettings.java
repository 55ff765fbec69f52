package vn.tdc.portal.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;

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

    @Inject
    @ConfigProperty(name = "portal.storage.dir")
    Optional<String> storageDir;

    public String getWardName() {
        return wardName;
    }

    public String getProvince() {
        return province;
    }

    /** This node's own files: the embedded database, the search index. */
    public Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /**
     * Where uploaded originals and images are kept: {@code portal.storage.dir}, a directory every node of a cluster
     * mounts (NFS in production), or this node's {@link #dataDirectory()} when unset. Files there are named by their
     * content's SHA-256 and written atomically, so nodes writing the same file at once cannot damage it.
     */
    public Path storageDirectory() {
        return storageDir.filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir).toAbsolutePath().normalize())
                .orElseGet(this::dataDirectory);
    }
}
