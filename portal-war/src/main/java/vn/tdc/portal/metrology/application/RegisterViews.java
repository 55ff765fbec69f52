package vn.tdc.portal.metrology.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.metrology.domain.InstrumentType;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.metrology.domain.VerificationState;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns register rows into the records officers' pages and the API show. */
@ApplicationScoped
public class RegisterViews {

    @Inject
    MetrologyRepository repository;

    @Inject
    UnitDirectory units;

    public PlaceView place(TradePlace place) {
        return new PlaceView(place.id(), unitCode(place.unitId()), place.kind().code(), MetrologyLabels.of(place.kind()),
                place.name(), place.address(), place.ownerName(), place.latitude(), place.longitude(),
                place.version());
    }

    /** Views of instruments, reading their places and types once. */
    public List<InstrumentView> instruments(Collection<MeasuringInstrument> instruments, LocalDate today) {
        Map<String, InstrumentType> types = repository.types().stream()
                .collect(Collectors.toMap(InstrumentType::code, Function.identity()));
        Map<Long, TradePlace> places = instruments.stream().map(MeasuringInstrument::placeId).distinct()
                .map(repository::place).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(TradePlace::id, Function.identity()));
        return instruments.stream().map(i -> instrument(i, places.get(i.placeId()), types.get(i.typeCode()), today))
                .toList();
    }

    public InstrumentView instrument(MeasuringInstrument instrument, TradePlace place, InstrumentType type,
                                     LocalDate today) {
        VerificationState state = instrument.stateOn(today);
        return new InstrumentView(instrument.id(), instrument.code().value(), instrument.code().grouped(),
                unitCode(instrument.unitId()), instrument.placeId(), place == null ? "" : place.name(),
                instrument.typeCode(), type == null ? instrument.typeCode() : type.name(), instrument.stall(),
                instrument.ownerName(), instrument.serialNo(), instrument.brand(), instrument.verifiedOn(),
                instrument.certificateNo(), instrument.verificationPassed(), instrument.dueOn(), state.code(),
                MetrologyLabels.of(state), instrument.suspended(), instrument.referenceScale(), instrument.capacity(),
                instrument.openingHours(), instrument.version());
    }

    private String unitCode(long unitId) {
        return units.byId(unitId).map(UnitView::code).orElse("");
    }
}
