package vn.tdc.portal.user.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface UserRepository {

    Optional<UserAccount> findById(long id);

    Optional<UserAccount> findByUsername(String username);

    /** Whether any account of any unit has the name (names are unique on the whole platform). */
    boolean usernameTaken(String username);

    List<UserAccount> page(int offset, int limit);

    long count();

    /**
     * Enabled administrators other than {@code accountId} whose unit is {@code unitPath} or a unit above it, in every
     * unit whatever the caller may see: they are who can still manage that unit.
     */
    long countOtherActiveAdminsOver(long accountId, String unitPath);

    void add(UserAccount account);

    /** Every account's full name by its user name (staff accounts are few). */
    Map<String, String> fullNamesByUsername();
}
