package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tdc.portal.report.domain.WardDepartmentRepository;
import vn.tdc.portal.unit.application.WardAdded;

/** A new ward starts with the active catalogue as its department list, in the transaction that adds the ward. */
@ApplicationScoped
public class WardDepartmentSeeding {

    @Inject
    WardDepartmentRepository repository;

    @Inject
    Event<WardDepartmentsChanged> changed;

    void seed(@Observes WardAdded added) {
        repository.copyActiveCatalogue(added.unitId());
        changed.fire(new WardDepartmentsChanged(added.unitId()));
    }
}
