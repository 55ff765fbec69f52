package vn.tdc.portal.metrology.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.metrology.domain.InstrumentCode;
import vn.tdc.portal.metrology.domain.InstrumentFilter;
import vn.tdc.portal.metrology.domain.InstrumentType;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.PlaceKind;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.metrology.domain.VerificationState;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.problem.ProblemValidator;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitScope;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Officers keep the register of their wards: places of trade and the measuring instruments used there. Everything
 * is within the caller's unit scope (a row outside it is 404, as if it did not exist); places and instruments belong
 * to wards, never to a province. A serial is unique per ward and instrument type.
 */
@ApplicationScoped
@Transactional
public class MetrologyRegister {

    private static final int CODE_ATTEMPTS = 10;
    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    MetrologyRepository repository;

    @Inject
    RegisterViews views;

    @Inject
    CallerScopes scopes;

    @Inject
    UnitDirectory units;

    @Inject
    ProblemValidator validator;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InstrumentTypeView> types() {
        return repository.types().stream().filter(InstrumentType::active)
                .map(t -> new InstrumentTypeView(t.code(), t.name(), t.cycleMonths())).toList();
    }

    /** The wards whose register the caller keeps: the active wards within its scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> wards() {
        UnitScope scope = scopes.current();
        return units.wards().stream().filter(ward -> scope.covers(ward.path())).toList();
    }

    /** The places of ward {@code unitCode}, or of every ward of the caller when it is blank. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlaceView> places(String unitCode) {
        return repository.placesOf(unitIds(unitCode)).stream().map(views::place).toList();
    }

    public PlaceView addPlace(PlaceForm form, String user) {
        validator.valid(form, "metrology.error.invalid");
        UnitView ward = ward(form.getUnitCode());
        TradePlace place = new TradePlace(ward.id(), user, now());
        describe(place, ward, form, user);
        repository.add(place);
        return views.place(place);
    }

    public PlaceView updatePlace(long id, PlaceForm form, String user) {
        validator.valid(form, "metrology.error.invalid");
        TradePlace place = repository.place(id).orElseThrow(() -> notFound("metrology.error.place_not_found", id));
        UnitView ward = units.byId(place.unitId()).orElseThrow();
        describe(place, ward, form, user);
        return views.place(place);
    }

    private void describe(TradePlace place, UnitView ward, PlaceForm form, String user) {
        String folded = TradePlace.foldedName(form.getName());
        Optional<TradePlace> same = repository.placeNamed(ward.id(), folded);
        if (same.isPresent() && !same.get().id().equals(place.id())) {
            throw ProblemException.invalid("metrology.error.invalid",
                    List.of(FieldProblem.of("name", "metrology.error.place_taken", form.getName().strip())));
        }
        place.describe(PlaceKind.ofCode(form.getKind()).orElseThrow(), form.getName(), form.getAddress(),
                form.getOwnerName(), form.getLatitude(), form.getLongitude(), user, now());
    }

    /** A page of the instruments of the caller's wards (or of ward {@code unitCode}) matching the criteria. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InstrumentView> instruments(RegisterQuery query, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(1, page);
        InstrumentFilter filter = filter(query);
        long total = repository.count(filter, today());
        List<MeasuringInstrument> rows = repository.instruments(filter, today(), (pageNumber - 1) * pageSize,
                pageSize);
        return new Page<>(views.instruments(rows, today()), pageNumber, pageSize, total);
    }

    /** The filter a query names; 400 for an unknown state or type, 404 for a ward outside the scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InstrumentFilter filter(RegisterQuery query) {
        VerificationState state = query.state() == null || query.state().isBlank() ? null
                : Arrays.stream(VerificationState.values()).filter(s -> s.code().equals(query.state())).findFirst()
                .orElseThrow(() -> ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.error.unknown_state",
                        query.state()));
        String type = query.typeCode() == null || query.typeCode().isBlank() ? null : query.typeCode().strip();
        if (type != null && repository.type(type).isEmpty()) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.error.unknown_type", type);
        }
        return new InstrumentFilter(unitIds(query.unitCode()), query.placeId(), type, state, query.referenceOnly(),
                query.text());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstrumentView instrument(long id) {
        MeasuringInstrument instrument = found(id);
        return views.instruments(List.of(instrument), today()).get(0);
    }

    public InstrumentView add(InstrumentForm form, String user) {
        validator.valid(form, "metrology.error.invalid");
        TradePlace place = place(form);
        InstrumentType type = type(form);
        MeasuringInstrument instrument = new MeasuringInstrument(newCode(), place.unitId(), user, now());
        apply(instrument, form, place, type, user);
        repository.add(instrument);
        return views.instrument(instrument, place, type, today());
    }

    public InstrumentView update(long id, InstrumentForm form, String user) {
        validator.valid(form, "metrology.error.invalid");
        MeasuringInstrument instrument = found(id);
        TradePlace place = place(form);
        if (place.unitId() != instrument.unitId()) {
            throw ProblemException.invalid("metrology.error.invalid",
                    List.of(FieldProblem.of("placeId", "metrology.error.place_other_ward")));
        }
        InstrumentType type = type(form);
        apply(instrument, form, place, type, user);
        return views.instrument(instrument, place, type, today());
    }

    public void remove(long id) {
        repository.remove(found(id));
    }

    private void apply(MeasuringInstrument instrument, InstrumentForm form, TradePlace place, InstrumentType type,
                       String user) {
        String serial = form.getSerialNo().strip();
        Optional<MeasuringInstrument> same = repository.instrumentWithSerial(place.unitId(), type.code(), serial);
        if (same.isPresent() && !same.get().id().equals(instrument.id())) {
            throw ProblemException.invalid("metrology.error.invalid",
                    List.of(FieldProblem.of("serialNo", "metrology.error.serial_taken", serial, type.name())));
        }
        Instant now = now();
        instrument.describe(type, place, form.getStall(), form.getOwnerName(), serial, form.getBrand(), user, now);
        instrument.verified(type, form.getVerifiedOn(), form.getCertificateNo(), form.isVerificationPassed(), user,
                now);
        instrument.serveAsReference(form.isReferenceScale(), form.getCapacity(), form.getOpeningHours(), user, now);
        instrument.suspend(form.isSuspended(), user, now);
    }

    private TradePlace place(InstrumentForm form) {
        return repository.place(form.getPlaceId()).orElseThrow(() -> ProblemException.invalid(
                "metrology.error.invalid", List.of(FieldProblem.of("placeId", "metrology.error.place_unknown"))));
    }

    private InstrumentType type(InstrumentForm form) {
        return repository.type(form.getTypeCode().strip()).filter(InstrumentType::active)
                .orElseThrow(() -> ProblemException.invalid("metrology.error.invalid", List.of(
                        FieldProblem.of("typeCode", "metrology.error.unknown_type", form.getTypeCode().strip()))));
    }

    private MeasuringInstrument found(long id) {
        return repository.instrument(id).orElseThrow(() -> notFound("metrology.error.instrument_not_found", id));
    }

    /** A new code no instrument has; ten random draws of 29⁸ never all collide in practice. */
    private InstrumentCode newCode() {
        for (int i = 0; i < CODE_ATTEMPTS; i++) {
            InstrumentCode code = InstrumentCode.random();
            if (!repository.codeTaken(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free instrument code after " + CODE_ATTEMPTS + " draws");
    }

    /** The ids of ward {@code unitCode} (404 outside the scope) or of every ward of the caller. */
    private List<Long> unitIds(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return wards().stream().map(UnitView::id).toList();
        }
        return List.of(ward(unitCode).id());
    }

    /** The active ward {@code unitCode} within the scope, or the caller's own unit when blank; never a province. */
    private UnitView ward(String unitCode) {
        UnitScope scope = scopes.current();
        UnitView unit = unitCode == null || unitCode.isBlank() ? scopes.currentUnit()
                : units.byCode(unitCode.strip()).filter(UnitView::active).filter(u -> scope.covers(u.path()))
                .orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND, "units.error.not_found",
                        unitCode.strip()));
        if (!unit.isWard()) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.error.choose_ward");
        }
        return unit;
    }

    private static ProblemException notFound(String key, long id) {
        return ProblemException.of(ProblemKind.NOT_FOUND, key, id);
    }

    private Instant now() {
        return clock.instant();
    }

    private java.time.LocalDate today() {
        return PortalTime.today();
    }
}
