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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Staff accounts: opening, roles, disabling, and checking a login.
 *
 * <p>Accounts belong to a unit (a ward, a province, the platform) and see its rows and those of the units below
 * it. An administrator manages the accounts of its scope only: it lists, opens and changes them, and opens new ones
 * in its own unit or a unit below.
 *
 * <p>Rule: every unit keeps someone able to manage it. An administrator cannot be disabled or lose the role when no
 * other enabled administrator works for its unit or a unit above it: the last platform administrator stays, and a
 * ward's last administrator stays unless a province or platform administrator remains over the ward.
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
            return view(account);
        } finally {
            Arrays.fill(request.password(), '\0');
        }
    }

    /** The unit named in the request, which must be within the creator's scope, or the creator's own unit. */
    private UnitView unitOf(NewUserAccount request) {
        if (request.unitCode() == null || request.unitCode().isBlank()) {
            return scopes.currentUnit();
        }
        return unitInScope(request.unitCode());
    }

    /** An active unit within the caller's scope; 404 for any other (as if it did not exist). */
    private UnitView unitInScope(String code) {
        UnitScope scope = scopes.current();
        return units.byCode(code).filter(UnitView::active).filter(unit -> scope.covers(unit.path()))
                .orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND, "user.error.unit", code));
    }

    /** The units in which the caller may open or move accounts: its own and those below it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> assignableUnits() {
        UnitScope scope = scopes.current();
        return units.all().stream().filter(UnitView::active).filter(unit -> scope.covers(unit.path())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserAccountView> list(int page, int size) {
        int safeSize = Math.max(1, Math.min(size, 100));
        int safePage = Math.max(1, page);
        var items = users.page((safePage - 1) * safeSize, safeSize).stream().map(this::view).toList();
        return new Page<>(items, safePage, safeSize, users.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccountView find(long id) {
        return view(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAnyAccount() {
        return users.count() > 0;
    }

    public UserAccountView changeRoles(long id, Set<Role> roles) {
        UserAccount account = require(id);
        if (account.isActiveAdmin() && !roles.contains(Role.ADMIN)) {
            ensureUnitKeepsAnAdministrator(account);
        }
        account.changeRoles(roles, now());
        return view(account);
    }

    public UserAccountView changeEnabled(long id, boolean enabled) {
        UserAccount account = require(id);
        if (account.isActiveAdmin() && !enabled) {
            ensureUnitKeepsAnAdministrator(account);
        }
        account.changeEnabled(enabled, now());
        scopes.forget(account.username());
        return view(account);
    }

    /** Moves an account of the caller's scope to another unit of the scope (404 for a unit outside it). */
    public UserAccountView changeUnit(long id, String unitCode) {
        UserAccount account = require(id);
        UnitView target = unitInScope(unitCode);
        if (account.isActiveAdmin() && !target.path().startsWith(pathOf(account))) {
            ensureUnitKeepsAnAdministrator(account);
        }
        account.moveTo(target.id(), now());
        scopes.forget(account.username());
        return view(account);
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
        return account.filter(found -> matches && found.enabled()).map(found -> UserAccountView.of(found, null));
    }

    /** Staff members' full names by user name, to show people instead of user names (audit trails, headers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> fullNames() {
        return users.fullNamesByUsername();
    }

    private void ensureUnitKeepsAnAdministrator(UserAccount admin) {
        if (users.countOtherActiveAdminsOver(admin.id(), pathOf(admin)) == 0) {
            throw ProblemException.of(ProblemKind.CONFLICT, "user.error.last_admin");
        }
    }

    private String pathOf(UserAccount account) {
        return units.byId(account.unitId()).map(UnitView::path)
                .orElseThrow(() -> new IllegalStateException("No unit " + account.unitId()));
    }

    private UserAccountView view(UserAccount account) {
        return UserAccountView.of(account, units.byId(account.unitId()).orElse(null));
    }

    private UserAccount require(long id) {
        return users.findById(id)
                .orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND, "user.error.not_found", String.valueOf(id)));
    }

    private Instant now() {
        return clock.instant();
    }

    /** Sets the email address of an account of the caller's scope (blank removes it); 404 outside the scope. */
    public UserAccountView changeEmail(long id, String email) {
        UserAccount account = require(id);
        account.changeEmail(email, now());
        return view(account);
    }
}
