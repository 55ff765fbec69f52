package vn.tdc.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.platform.cluster.DataGrid;
import vn.tdc.portal.platform.ratelimit.FailureBackoff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Slows password guessing down on both ways to log in (the login page and HTTP Basic), per account and per client
 * address, counted across the cluster's nodes, with {@link FailureBackoff}: after {@code portal.login.lock-after} wrong passwords for one account
 * (unknown user names count the same, so nothing tells them apart) the account is locked for
 * {@code portal.login.lock-seconds}, doubled at each further failure up to {@code portal.login.max-lock-seconds};
 * a client address is locked the same way after {@code portal.login.client-lock-after} failures over any accounts.
 * While locked, attempts are refused without looking at the password, so even the right one does not get in.
 *
 * <p>Locks are temporary, and an attacker cannot keep the real owner out: the account lock does not apply to the
 * last {@value #TRUSTED_PER_ACCOUNT} addresses the account logged in from (only the client lock does). Every lock is
 * written to the log as a warning: the audit trail of attacks.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int TRUSTED_PER_ACCOUNT = 3;
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    private static final int LONGEST_KEY = 100;
    /** Accounts or addresses whose failures one node keeps at most; the least recent go first past it. */
    static final int MAX_KEYS_PER_NODE = 100_000;
    /** How long an account's login addresses are remembered after its last login. */
    static final Duration TRUSTED_FOR = Duration.ofDays(90);

    @Inject
    @ConfigProperty(name = "portal.login.lock-after", defaultValue = "5")
    int accountLockAfter;

    @Inject
    @ConfigProperty(name = "portal.login.client-lock-after", defaultValue = "20")
    int clientLockAfter;

    @Inject
    @ConfigProperty(name = "portal.login.lock-seconds", defaultValue = "30")
    long lockSeconds;

    @Inject
    @ConfigProperty(name = "portal.login.max-lock-seconds", defaultValue = "900")
    long maxLockSeconds;

    @Inject
    DataGrid grid;

    private FailureBackoff accounts;
    private FailureBackoff clients;
    /**
     * Addresses each account last logged in from, newest first, separated by new lines; only successful logins add,
     * so it holds at most the accounts.
     */
    private ConcurrentMap<String, String> trusted;

    public LoginThrottle() {
    }

    /** A throttle over the given maps (tests). */
    LoginThrottle(ConcurrentMap<String, long[]> accountFailures, ConcurrentMap<String, long[]> clientFailures,
                  ConcurrentMap<String, String> trusted, int accountLockAfter, int clientLockAfter, Duration lock,
                  Duration maxLock, LongSupplier millisClock) {
        this.accounts = new FailureBackoff(accountFailures, accountLockAfter, lock, maxLock, millisClock);
        this.clients = new FailureBackoff(clientFailures, clientLockAfter, lock, maxLock, millisClock);
        this.trusted = trusted;
    }

    @PostConstruct
    void create() {
        Duration lock = Duration.ofSeconds(lockSeconds);
        Duration maxLock = Duration.ofSeconds(maxLockSeconds);
        Duration memory = FailureBackoff.memory(maxLock);
        accounts = new FailureBackoff(grid.boundedMap("tdc.login.account-failures", memory, MAX_KEYS_PER_NODE),
                accountLockAfter, lock, maxLock, System::currentTimeMillis);
        clients = new FailureBackoff(grid.boundedMap("tdc.login.client-failures", memory, MAX_KEYS_PER_NODE),
                clientLockAfter, lock, maxLock, System::currentTimeMillis);
        trusted = grid.boundedMap("tdc.login.trusted-addresses", TRUSTED_FOR, MAX_KEYS_PER_NODE);
    }

    /** Zero when a login of {@code username} from {@code client} may be examined now, else how long to wait. */
    public Duration waitFor(String username, String client) {
        Duration clientWait = clients.waitFor(client);
        if (isTrusted(account(username), client)) {
            return clientWait;
        }
        Duration accountWait = accounts.waitFor(account(username));
        return accountWait.compareTo(clientWait) > 0 ? accountWait : clientWait;
    }

    /** Counts a wrong password (or an unknown or disabled account) of {@code username} from {@code client}. */
    public void failed(String username, String client) {
        String account = account(username);
        Duration accountLock = accounts.failed(account);
        Duration clientLock = clients.failed(client);
        if (!accountLock.isZero()) {
            LOG.warning(() -> "Login throttled: account '" + printable(account) + "' locked for "
                    + accountLock.toSeconds() + " s after repeated wrong passwords (last from " + printable(client)
                    + ")");
        }
        if (!clientLock.isZero()) {
            LOG.warning(() -> "Login throttled: client " + printable(client) + " locked for " + clientLock.toSeconds()
                    + " s after repeated wrong passwords (last for account '" + printable(account) + "')");
        }
    }

    /** A good login: the account's failures are forgotten and the address is remembered as the owner's. */
    public void succeeded(String username, String client) {
        String account = account(username);
        accounts.reset(account);
        trusted.compute(account, (key, addresses) -> {
            List<String> kept = new ArrayList<>();
            kept.add(client);
            if (addresses != null) {
                addresses.lines().filter(a -> !a.equals(client)).limit(TRUSTED_PER_ACCOUNT - 1).forEach(kept::add);
            }
            return String.join("\n", kept);
        });
    }

    private boolean isTrusted(String account, String client) {
        String addresses = trusted.get(account);
        return addresses != null && addresses.lines().anyMatch(client::equals);
    }

    /** The key of an account as the store looks it up: trimmed, lower case, bounded in length. */
    static String account(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > LONGEST_KEY ? key.substring(0, LONGEST_KEY) : key;
    }

    private static String printable(String text) {
        return text.replaceAll("[\\p{Cntrl}'\"\\\\]", "?");
    }
}
