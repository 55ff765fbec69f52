package vn.tdc.portal.user.application;

import vn.tdc.portal.unit.application.UnitDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import vn.tdc.portal.platform.persistence.ClusterLocks;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.user.domain.Role;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * On the first start (no account at all) opens the {@code admin} account with {@code PORTAL_ADMIN_PASSWORD}, or with
 * a random password written once to the log.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class AdminAccountBootstrap {


    private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    UserAccountService accounts;

    @Inject
    UnitDirectory units;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> configuredPassword;

    @Inject
    ClusterLocks locks;

    @PostConstruct
    void start() {
        locks.whenHeld(ClusterLocks.FIRST_START, ClusterLocks.FIRST_START_WAIT, () -> {
            createFirstAdmin();
            return null;
        });
    }

    /** Creates {@code admin} when there is no account at all; its own transaction commits before the lock is freed. */
    private void createFirstAdmin() {
        if (accounts.hasAnyAccount()) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(AdminAccountBootstrap::randomPassword);
        accounts.create(new NewUserAccount("admin", "Quản trị viên", password.toCharArray(), Set.of(Role.ADMIN),
                units.root().code()));
        if (configuredPassword.isPresent()) {
            LOG.warning("Đã tạo tài khoản quản trị 'admin' với mật khẩu từ PORTAL_ADMIN_PASSWORD.");
        } else {
            LOG.warning("Đã tạo tài khoản quản trị 'admin'. Mật khẩu (chỉ in một lần, hãy đổi ngay): " + password);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
