package vn.tdc.portal.metrology.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.tdc.portal.metrology.domain.InstrumentCode;
import vn.tdc.portal.metrology.domain.InstrumentType;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.PlaceKind;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.problem.ProblemValidator;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitView;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports an officer's spreadsheet into the register of one of his wards, in two steps. {@link #preview} reads and
 * checks every row ({@link RegisterSpreadsheet}, {@link ImportRowCheck}) and saves nothing. {@link #confirm} saves
 * every row of a preview in one transaction, or nothing: a file with one row with a problem is refused whole (409),
 * and a failure while saving rolls back the rows saved before it. A row whose type and serial are already in the
 * ward's register updates that instrument (keeping whether it is suspended); an unknown place name adds the place.
 *
 * <p>Saving works on the register's entities directly, by batches of {@value #BATCH} rows written at once and then
 * forgotten by the persistence context, with the ward's places, types and serials read once. Measured on the shared
 * 2-core development machine (MetrologyRegisterIT, 5 000 new rows at 10 new markets, 474 KB of CSV): preview 0.8 s,
 * confirm through the API (reading and checking the file again, then saving) 2.8 s when the machine was quiet, 4.0 s
 * and 14.2 s while other builds ran; one call of {@link MetrologyRegister#add} per row took 24 s under such load.
 */
@ApplicationScoped
@Transactional
public class RegisterImport {

    static final int BATCH = 200;

    @Inject
    MetrologyRegister register;

    @Inject
    MetrologyRepository repository;

    @Inject
    CallerScopes scopes;

    @Inject
    ProblemValidator validator;

    Clock clock = Clock.systemUTC();

    /** What a confirmed import did. */
    public record ImportResult(String unitCode, int rows, int added, int updated, int newPlaces) {
    }

    /** Every row of the file, checked against the ward's register; nothing is saved. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportPreview preview(String unitCode, byte[] file, String fileName) {
        UnitView ward = ward(unitCode);
        SheetTable table = RegisterSpreadsheet.read(file, fileName);
        List<TradePlace> places = repository.placesOf(List.of(ward.id()));
        Set<String> placeNames = places.stream().map(p -> TradePlace.foldedName(p.name())).collect(Collectors.toSet());
        Set<String> serials = repository.instrumentsAt(places.stream().map(TradePlace::id).toList()).stream()
                .map(i -> key(i.typeCode(), i.serialNo())).collect(Collectors.toSet());
        ImportRowCheck check = new ImportRowCheck(register.types(), placeNames::contains,
                (type, serial) -> serials.contains(key(type, serial)), PortalTime.today());
        return ImportPreview.of(ward.code(), check.check(table));
    }

    /**
     * Saves every row of {@code preview} (all of them or none); 409 listing the rows' problems when any row has one,
     * 400 when there is no row. Whether a row adds or updates is decided again here, on the register as it is now.
     */
    public ImportResult confirm(ImportPreview preview, String user) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ImportRow row : preview.rows()) {
            row.problems().forEach(problem -> problems.add(FieldProblem.text("dong " + row.line(), problem)));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemKind.CONFLICT, "metrology.import.has_problems",
                    List.of(preview.rowsWithProblems()), problems);
        }
        if (preview.rows().isEmpty()) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.import.no_rows");
        }
        UnitView ward = ward(preview.unitCode());
        try {
            return save(ward, preview.rows(), user);
        } catch (PersistenceException e) {
            throw ProblemException.of(ProblemKind.CONFLICT, "metrology.import.changed");
        }
    }

    /** Reads and checks the file, then saves it when no row has a problem: the stateless API's confirm. */
    public ImportResult importFile(String unitCode, byte[] file, String fileName, String user) {
        return confirm(preview(unitCode, file, fileName), user);
    }

    private ImportResult save(UnitView ward, List<ImportRow> rows, String user) {
        Instant now = clock.instant();
        Map<String, InstrumentType> types = repository.types().stream().filter(InstrumentType::active)
                .collect(Collectors.toMap(InstrumentType::code, Function.identity()));
        Map<String, TradePlace> places = repository.placesOf(List.of(ward.id())).stream()
                .collect(Collectors.toMap(p -> TradePlace.foldedName(p.name()), Function.identity(), (a, b) -> a));
        Map<String, Long> existing = repository.instrumentsAt(places.values().stream().map(TradePlace::id).toList())
                .stream().collect(Collectors.toMap(i -> key(i.typeCode(), i.serialNo()), MeasuringInstrument::id,
                        (a, b) -> a));
        List<InstrumentCode> codes = newCodes((int) rows.stream()
                .filter(row -> !existing.containsKey(key(row.typeCode(), row.serialNo()))).count());
        int added = 0;
        int updated = 0;
        int newPlaces = 0;
        List<MeasuringInstrument> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            String folded = TradePlace.foldedName(row.placeName());
            TradePlace place = places.get(folded);
            if (place == null) {
                place = addPlace(ward, row, user, now);
                places.put(folded, place);
                newPlaces++;
            }
            InstrumentType type = types.get(row.typeCode());
            if (type == null) {
                throw ProblemException.invalid("metrology.error.invalid", List.of(FieldProblem.of(
                        "dong " + row.line() + ".typeCode", "metrology.error.unknown_type", row.typeCode())));
            }
            validator.valid(form(row, place.id()), "metrology.error.invalid");
            Long id = existing.get(key(row.typeCode(), row.serialNo()));
            MeasuringInstrument instrument;
            if (id != null) {
                long known = id;
                instrument = repository.instrument(known).orElseThrow(() -> ProblemException.of(
                        ProblemKind.CONFLICT, "metrology.import.changed"));
                updated++;
            } else {
                instrument = new MeasuringInstrument(codes.get(added), ward.id(), user, now);
                batch.add(instrument);
                added++;
            }
            instrument.describe(type, place, row.stall(), row.ownerName(), row.serialNo(), row.brand(), user, now);
            instrument.verified(type, row.verifiedOn(), row.certificateNo(), row.verificationPassed(), user, now);
            instrument.serveAsReference(row.referenceScale(), row.capacity(), row.openingHours(), user, now);
            if ((i + 1) % BATCH == 0) {
                repository.addAll(batch);
                repository.flushAndForget();
                batch.clear();
            }
        }
        repository.addAll(batch);
        return new ImportResult(ward.code(), rows.size(), added, updated, newPlaces);
    }

    private TradePlace addPlace(UnitView ward, ImportRow row, String user, Instant now) {
        PlaceForm form = new PlaceForm();
        form.setUnitCode(ward.code());
        form.setKind(row.placeKind());
        form.setName(row.placeName());
        form.setAddress(row.address());
        validator.valid(form, "metrology.error.invalid");
        TradePlace place = new TradePlace(ward.id(), user, now);
        place.describe(PlaceKind.ofCode(row.placeKind()).orElse(PlaceKind.MARKET), row.placeName(), row.address(),
                null, null, null, user, now);
        repository.add(place);
        return place;
    }

    /** {@code count} random codes no instrument has, checked with one query per batch. */
    private List<InstrumentCode> newCodes(int count) {
        Set<String> chosen = new HashSet<>();
        List<InstrumentCode> codes = new ArrayList<>(count);
        while (codes.size() < count) {
            List<String> draw = new ArrayList<>();
            while (draw.size() < Math.min(BATCH * 5, count - codes.size())) {
                String code = InstrumentCode.random().value();
                if (chosen.add(code)) {
                    draw.add(code);
                }
            }
            Set<String> taken = repository.codesTaken(draw);
            draw.stream().filter(code -> !taken.contains(code)).map(InstrumentCode::new).forEach(codes::add);
        }
        return codes;
    }

    private static InstrumentForm form(ImportRow row, long placeId) {
        InstrumentForm form = new InstrumentForm();
        form.setPlaceId(placeId);
        form.setTypeCode(row.typeCode());
        form.setStall(row.stall());
        form.setOwnerName(row.ownerName());
        form.setSerialNo(row.serialNo());
        form.setBrand(row.brand());
        form.setVerifiedOn(row.verifiedOn());
        form.setCertificateNo(row.certificateNo());
        form.setVerificationPassed(row.verificationPassed());
        form.setReferenceScale(row.referenceScale());
        form.setCapacity(row.capacity());
        form.setOpeningHours(row.openingHours());
        return form;
    }

    /** Ward {@code unitCode} of the caller's (404 outside them), or the caller's only ward when blank. */
    UnitView ward(String unitCode) {
        List<UnitView> wards = register.wards();
        if (unitCode == null || unitCode.isBlank()) {
            UnitView own = scopes.currentUnit();
            if (own.isWard()) {
                return own;
            }
            if (wards.size() == 1) {
                return wards.get(0);
            }
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.error.choose_ward");
        }
        return wards.stream().filter(w -> w.code().equals(unitCode.strip())).findFirst()
                .orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND, "units.error.not_found",
                        unitCode.strip()));
    }

    private static String key(String typeCode, String serial) {
        return typeCode + "\n" + serial.strip().toLowerCase(Locale.ROOT);
    }
}
