package vn.tdc.portal.user.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.user.domain.Role;
import vn.tdc.portal.user.domain.UserAccount;
import vn.tdc.portal.user.domain.UserRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Checking a login must not tell, by its duration, whether a user name exists. */
class UserAccountServiceTest {

    private final CountingHasher hasher = new CountingHasher();
    private final UserAccountService service = new UserAccountService();
    private final List<UserAccount> accounts = new ArrayList<>();

    UserAccountServiceTest() {
        service.hasher = hasher;
        service.users = new Accounts();
        accounts.add(new UserAccount(101L, "lan", "Nguyễn Thị Lan", "hash:dung-mat-khau", Set.of(Role.EDITOR), Instant.EPOCH));
        UserAccount disabled = new UserAccount(101L, "minh", "Trần Văn Minh", "hash:dung-mat-khau", Set.of(Role.OFFICER),
                Instant.EPOCH);
        disabled.changeEnabled(false, Instant.EPOCH);
        accounts.add(disabled);
    }

    @Test
    void should_check_a_password_hash_even_for_a_user_name_without_account() {
        // when
        var result = service.verify("khong-ton-tai", "dung-mat-khau".toCharArray());

        // then
        assertThat(result).isEmpty();
        assertThat(hasher.checks).isEqualTo(1);
    }

    @Test
    void should_check_the_password_of_a_disabled_account_before_refusing_it() {
        // when
        var result = service.verify("minh", "dung-mat-khau".toCharArray());

        // then
        assertThat(result).isEmpty();
        assertThat(hasher.checks).isEqualTo(1);
    }

    @Test
    void should_check_one_hash_for_an_account_as_for_a_name_without_account() {
        // when
        var wrong = service.verify(" LAN ", "sai-mat-khau".toCharArray());

        // then
        assertThat(wrong).isEmpty();
        assertThat(hasher.checks).isEqualTo(1);
    }

    @Test
    void should_give_full_names_by_user_name() {
        assertThat(service.fullNames()).containsEntry("lan", "Nguyễn Thị Lan").containsEntry("minh", "Trần Văn Minh");
    }

    /** Counts every hash check, whether against an account's hash or the dummy one. */
    private static final class CountingHasher extends PasswordHasher {
        int checks;

        @Override
        public boolean matches(char[] password, String storedHash) {
            checks++;
            return storedHash.equals("hash:" + new String(password));
        }

        @Override
        public boolean matchesNothing(char[] password) {
            checks++;
            return false;
        }
    }

    private final class Accounts implements UserRepository {
        @Override
        public Optional<UserAccount> findById(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return accounts.stream().filter(a -> a.username().equals(username)).findFirst();
        }

        @Override
        public boolean usernameTaken(String username) {
            return findByUsername(username).isPresent();
        }

        @Override
        public List<UserAccount> page(int offset, int limit) {
            return accounts;
        }

        @Override
        public long count() {
            return accounts.size();
        }

        @Override
        public long countOtherActiveAdminsOver(long accountId, String unitPath) {
            return 0;
        }

        @Override
        public void add(UserAccount account) {
            accounts.add(account);
        }

        @Override
        public Map<String, String> fullNamesByUsername() {
            Map<String, String> names = new java.util.HashMap<>();
            accounts.forEach(a -> names.put(a.username(), a.fullName()));
            return names;
        }
    }
}
