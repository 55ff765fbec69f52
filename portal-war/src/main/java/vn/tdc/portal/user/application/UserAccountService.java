package vn.tdc.portal.user.application;

import vn.tdc.portal.unit.domain.UnitScope;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.CallerScopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.user.domain.Role;
import vn.tdc.portal.user.domain.UserAccount;
import vn.tdc.portal.user.domain.UserRepository;
import vn.tdc.portal.platform.paging.Page;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Staff accounts: opening, roles, disabling, and checking a login.
 *
 * <p>Rule: the portal always keeps at least one enabled administrator, so nobody can lock everyone out.
 */
@ApplicationScoped
@Transactional
public class UserAccountService {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    CallerScopes scopes;

    @Inject
    UnitDirectory units;

    private final Clock clock = Clock.systemUTC();

    public UserAccountView create(NewUserAccount request) {
        String username = request.username().trim().toLowerCase();
        if (users.usernameTaken(username)) {
            throw ProblemException.of(ProblemKind.CONFLICT, "user.error.exists", username);
        }
        try {
            UserAccount account = new UserAccount(unitOf(request).id(), username, request.fullName().strip(),
                    hasher.hash(request.password()), request.roles(), now());
            users.add(account);
            return UserAccountView.of(account);
        } finally {
            Arrays.fill(request.password(), '\0');
        }
    }

    /** The unit named in the request, which must be within the creator's scope, or the creator's own unit. */
    private UnitView unitOf(NewUserAccount request) {
        if (request.unitCode() == null || request.unitCode().isBlank()) {
            return scopes.currentUnit();
        }
        UnitScope scope = scopes.current();
        return units.byCode(request.unitCode()).filter(unit -> scope.covers(unit.path()))
                .orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND, "user.error.unit", request.unitCode()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserAccountView> list(int page, int size) {
        int safeSize = Math.max(1, Math.min(size, 100));
        int safePage = Math.max(1, page);
        var items = users.page((safePage - 1) * safeSize, safeSize).stream().map(UserAccountView::of).toList();
        return new Page<>(items, safePage, safeSize, users.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccountView find(long id) {
        return UserAccountView.of(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAnyAccount() {
        return users.count() > 0;
    }

    public UserAccountView changeRoles(long id, Set<Role> roles) {
        UserAccount account = require(id);
        if (account.isActiveAdmin() && !roles.contains(Role.ADMIN)) {
            ensureAnotherAdminRemains();
        }
        account.changeRoles(roles, now());
        return UserAccountView.of(account);
    }

    public UserAccountView changeEnabled(long id, boolean enabled) {
        UserAccount account = require(id);
        if (account.isActiveAdmin() && !enabled) {
            ensureAnotherAdminRemains();
        }
        account.changeEnabled(enabled, now());
        return UserAccountView.of(account);
    }

    /**
     * The account's roles if the password is right and the account is enabled. Takes the same time whether the
     * account exists, is disabled or not: a password hash is always checked (a dummy one for an unknown name), so
     * timing does not tell which user names exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccountView> verify(String username, char[] password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<UserAccount> account = users.findByUsername(username.trim().toLowerCase());
        boolean matches = account.isPresent()
                ? hasher.matches(password, account.get().passwordHash())
                : hasher.matchesNothing(password);
        return account.filter(found -> matches && found.enabled()).map(UserAccountView::of);
    }

    /** Staff members' full names by user name, to show people instead of user names (audit trails, headers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> fullNames() {
        return users.fullNamesByUsername();
    }

    private void ensureAnotherAdminRemains() {
        if (users.countActiveAdmins() <= 1) {
            throw ProblemException.of(ProblemKind.CONFLICT, "user.error.last_admin");
        }
    }

    private UserAccount require(long id) {
        return users.findById(id)
                .orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND, "user.error.not_found", String.valueOf(id)));
    }

    private Instant now() {
        return clock.instant();
    }
}
