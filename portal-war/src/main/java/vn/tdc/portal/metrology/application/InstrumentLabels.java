package vn.tdc.portal.metrology.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.metrology.domain.InstrumentFilter;
import vn.tdc.portal.metrology.domain.InstrumentType;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.PublicUrl;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The QR stickers an officer prints for a ward's instruments, or for one place of it: one label an instrument, by
 * place, stall and serial, each pointing at the instrument's QR page on the portal's public address
 * ({@code portal.public-url}). A ward outside the officer's scope is 404 as in the register; a ward or place without
 * instruments is 404 (no empty sheet), and more than {@value #MAX_LABELS} labels in one request is 400 (print by place).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InstrumentLabels {

    /** The most labels one sheet request draws: 84 pages of 24. */
    public static final int MAX_LABELS = 2_000;

    @Inject
    MetrologyRegister register;

    @Inject
    MetrologyRepository repository;

    @Inject
    UnitDirectory units;

    @Inject
    PublicUrl publicUrl;

    @Inject
    LabelSheetRenderer renderer;

    /** The PDF of the labels of ward {@code unitCode}'s instruments, of place {@code placeId} only when it is given. */
    public byte[] sheet(String unitCode, Long placeId) {
        return renderer.render(labels(unitCode, placeId));
    }

    /** The labels of ward {@code unitCode}'s instruments (of place {@code placeId} only when it is given). */
    public List<InstrumentLabel> labels(String unitCode, Long placeId) {
        if (unitCode == null || unitCode.isBlank()) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrologyLabels.error.unit_required");
        }
        InstrumentFilter filter = register.filter(new RegisterQuery(unitCode.strip(), placeId, null, null, null, null));
        LocalDate today = PortalTime.today();
        long count = repository.count(filter, today);
        if (count == 0) {
            throw ProblemException.of(ProblemKind.NOT_FOUND, "metrologyLabels.error.empty");
        }
        if (count > MAX_LABELS) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrologyLabels.error.too_many", count, MAX_LABELS);
        }
        List<MeasuringInstrument> instruments = repository.instruments(filter, today, 0, MAX_LABELS);
        Map<Long, TradePlace> places = repository.placesOf(filter.unitIds()).stream()
                .collect(Collectors.toMap(TradePlace::id, Function.identity()));
        Map<String, String> types = repository.types().stream()
                .collect(Collectors.toMap(InstrumentType::code, InstrumentType::name));
        Map<Long, String> slugs = filter.unitIds().stream().map(units::byId).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(UnitView::id, UnitView::slug));
        return instruments.stream().map(i -> new InstrumentLabel(
                publicUrl.of(InstrumentAddress.of(slugs.get(i.unitId()), i.code().value())),
                i.code().grouped(), types.getOrDefault(i.typeCode(), i.typeCode()),
                PlaceAndStall.of(places.containsKey(i.placeId()) ? places.get(i.placeId()).name() : "", i.stall()),
                i.dueOn())).toList();
    }
}
