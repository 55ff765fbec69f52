package vn.tdc.portal.user.domain;

import vn.tdc.portal.unit.domain.UnitScope;
import vn.tdc.portal.unit.domain.AdministrativeUnit;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A staff account: culture-centre editor, ward officer or administrator. */
@Entity
@Table(name = "app_user")
@AdditionalCriteria(UnitScope.CRITERION)
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The ward (or province, or the root) the row belongs to; see {@link UnitScope}. */
    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", insertable = false, updatable = false)
    private AdministrativeUnit unit;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** Where the account receives the portal's mail (reminders of due verifications); null when none. */
    @Column(length = 254)
    private String email;

    protected UserAccount() {
    }

    public UserAccount(long unitId, String username, String fullName, String passwordHash, Set<Role> roles, Instant now) {
        this.unitId = unitId;
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isActiveAdmin() {
        return enabled && roles.contains(Role.ADMIN);
    }

    public void changeRoles(Set<Role> newRoles, Instant now) {
        roles.clear();
        roles.addAll(newRoles);
        updatedAt = now;
    }

    public void changeEnabled(boolean value, Instant now) {
        enabled = value;
        updatedAt = now;
    }

    /** Moves the account to another unit: from then on it sees that unit's rows. */
    public void moveTo(long newUnitId, Instant now) {
        unitId = newUnitId;
        unit = null;
        updatedAt = now;
    }

    public long unitId() {
        return unitId;
    }

    /** The address the account receives the portal's mail at, if it has one. */
    public java.util.Optional<String> email() {
        return java.util.Optional.ofNullable(email);
    }

    /** Sets (or with a blank value removes) the account's email address. */
    public void changeEmail(String newEmail, Instant now) {
        email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        updatedAt = now;
    }
}
