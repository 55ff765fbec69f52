package vn.tdc.portal.metrology.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports an officer's spreadsheet into the register of one of his wards, in two steps. {@link #preview} reads and
 * checks every row ({@link RegisterSpreadsheet}, {@link ImportRowCheck}) and saves nothing. {@link #confirm} saves
 * every row of a preview in one transaction, or nothing: a file with one row with a problem is refused whole (409),
 * and a failure while saving rolls back the rows saved before it. A row whose type and serial are already in the
 * ward's register updates that instrument (keeping whether it is suspended); an unknown place name adds the place.
 */
@ApplicationScoped
@Transactional
public class RegisterImport {

    @Inject
    MetrologyRegister register;

    @Inject
    MetrologyRepository repository;

    @Inject
    CallerScopes scopes;

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
        return ImportPreview.of(ward.code(), check.check(table), false);
    }

    /**
     * Saves every row of {@code preview} (all of them or none); 409 listing the rows' problems when any row has one,
     * 400 when there is no row.
     */
    public ImportPreview confirm(ImportPreview preview, String user) {
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
        Map<String, Long> placeIds = new HashMap<>();
        List<ImportRow> saved = new ArrayList<>(preview.rows().size());
        for (ImportRow row : preview.rows()) {
            long placeId = placeIds.computeIfAbsent(TradePlace.foldedName(row.placeName()),
                    folded -> placeOf(ward, folded, row, user));
            InstrumentForm form = form(row, placeId);
            Optional<MeasuringInstrument> same = repository.instrumentWithSerial(ward.id(), row.typeCode(),
                    row.serialNo());
            try {
                if (same.isPresent()) {
                    form.setSuspended(same.get().suspended());
                    register.update(same.get().id(), form, user);
                } else {
                    register.add(form, user);
                }
            } catch (ProblemException e) {
                throw e.withFields(e.fields().stream().map(f -> f.at("dong " + row.line() + "." + f.field()))
                        .toList());
            }
            saved.add(row);
        }
        return ImportPreview.of(ward.code(), saved, true);
    }

    /** Reads and checks the file, then saves it when no row has a problem: the stateless API's confirm. */
    public ImportPreview importFile(String unitCode, byte[] file, String fileName, String user) {
        return confirm(preview(unitCode, file, fileName), user);
    }

    private long placeOf(UnitView ward, String folded, ImportRow row, String user) {
        return repository.placeNamed(ward.id(), folded).map(TradePlace::id).orElseGet(() -> {
            PlaceForm place = new PlaceForm();
            place.setUnitCode(ward.code());
            place.setKind(row.placeKind());
            place.setName(row.placeName());
            place.setAddress(row.address());
            return register.addPlace(place, user).id();
        });
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
