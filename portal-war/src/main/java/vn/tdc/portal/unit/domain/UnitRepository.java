package vn.tdc.portal.unit.domain;

import java.util.List;
import java.util.Optional;

/** The administrative units; public data, not scoped by the caller. */
public interface UnitRepository {

    List<AdministrativeUnit> findAll();

    Optional<AdministrativeUnit> findById(long id);

    Optional<AdministrativeUnit> findByCode(String code);

    Optional<AdministrativeUnit> findBySlug(String slug);

    void add(AdministrativeUnit unit);

    /** The unit path of a staff account, or empty when there is no such account. */
    Optional<String> pathOfAccount(String username);
}
