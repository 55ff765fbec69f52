package vn.tdc.portal.metrology.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.metrology.domain.InstrumentCode;
import vn.tdc.portal.metrology.domain.InstrumentType;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.metrology.domain.VerificationState;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What residents may read of the register: one instrument by its public code (its QR page) and a ward's reference
 * scales and share of verified instruments per place. Owners are never part of it.
 *
 * <p>The nearest reference scale of an instrument is one at its own place if there is one (a usable one first),
 * else the ward's closest by the places' points, else any of the ward's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InstrumentLookup {

    @Inject
    MetrologyRepository repository;

    @Inject
    UnitDirectory units;

    /** The instrument with the code a resident typed or scanned; 404 (Vietnamese message) for anything else. */
    public PublicInstrumentView byCode(String typed) {
        return find(typed).orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND,
                "metrology.error.code_not_found", typed == null ? "" : typed.strip()));
    }

    public Optional<PublicInstrumentView> find(String typed) {
        Optional<MeasuringInstrument> found = InstrumentCode.parse(typed).flatMap(repository::instrument);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MeasuringInstrument instrument = found.get();
        Optional<UnitView> ward = units.byId(instrument.unitId()).filter(UnitView::active);
        if (ward.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = PortalTime.today();
        Map<Long, TradePlace> places = placesOf(ward.get());
        TradePlace place = places.get(instrument.placeId());
        String typeName = repository.type(instrument.typeCode()).map(InstrumentType::name).orElse("");
        VerificationState state = instrument.stateOn(today);
        ReferenceScaleView nearest = nearestScale(instrument, places, today)
                .map(r -> reference(r, places.get(r.placeId()), today)).orElse(null);
        return Optional.of(new PublicInstrumentView(instrument.code().value(), instrument.code().grouped(), typeName,
                place.name(), MetrologyLabels.of(place.kind()), place.address(), instrument.stall(), instrument.brand(),
                instrument.verifiedOn(), instrument.dueOn(), state.code(), MetrologyLabels.of(state), state.usable(),
                instrument.referenceScale(), instrument.capacity(), instrument.openingHours(), ward.get().code(),
                ward.get().slug(), ward.get().name(), nearest));
    }

    /** A ward's reference scales and the share of usable instruments per place (places without any are left out). */
    public WardMetrology ofWard(UnitView ward) {
        LocalDate today = PortalTime.today();
        Map<Long, TradePlace> places = placesOf(ward);
        List<MeasuringInstrument> instruments = repository.instrumentsAt(places.keySet());
        List<ReferenceScaleView> references = instruments.stream().filter(MeasuringInstrument::referenceScale)
                .map(i -> reference(i, places.get(i.placeId()), today)).toList();
        Map<Long, List<MeasuringInstrument>> byPlace = instruments.stream()
                .collect(Collectors.groupingBy(MeasuringInstrument::placeId));
        List<PlaceShare> shares = places.values().stream().filter(p -> byPlace.containsKey(p.id()))
                .map(p -> share(p, byPlace.get(p.id()), today)).toList();
        int all = shares.stream().mapToInt(PlaceShare::instruments).sum();
        int usable = shares.stream().mapToInt(PlaceShare::usable).sum();
        return new WardMetrology(ward.code(), ward.slug(), ward.name(), references, shares,
                PlaceShare.of(0, ward.name(), "", "", all, usable));
    }

    private static PlaceShare share(TradePlace place, List<MeasuringInstrument> instruments, LocalDate today) {
        int usable = (int) instruments.stream().filter(i -> i.stateOn(today).usable()).count();
        return PlaceShare.of(place.id(), place.name(), MetrologyLabels.of(place.kind()), place.address(), instruments.size(),
                usable);
    }

    /** The reference scale nearest to {@code instrument} among the ward's {@code places} (see the class comment). */
    Optional<MeasuringInstrument> nearestScale(MeasuringInstrument instrument, Map<Long, TradePlace> places,
                                               LocalDate today) {
        TradePlace place = places.get(instrument.placeId());
        List<MeasuringInstrument> references = repository.referenceScalesAt(places.keySet()).stream()
                .filter(r -> !r.id().equals(instrument.id()))
                .toList();
        Comparator<MeasuringInstrument> order = Comparator
                .comparing((MeasuringInstrument r) -> r.placeId() != place.id())
                .thenComparing(r -> distance(place, places.get(r.placeId())))
                .thenComparing(r -> !r.stateOn(today).usable())
                .thenComparing(MeasuringInstrument::id);
        return references.stream().min(order);
    }

    /** Squared degrees between two places' points: enough to order places of one ward; unknown points last. */
    private static double distance(TradePlace from, TradePlace to) {
        if (from.latitude() == null || from.longitude() == null || to.latitude() == null || to.longitude() == null) {
            return Double.MAX_VALUE;
        }
        double dLat = from.latitude().subtract(to.latitude()).doubleValue();
        double dLon = from.longitude().subtract(to.longitude()).doubleValue()
                * Math.cos(Math.toRadians(from.latitude().doubleValue()));
        return dLat * dLat + dLon * dLon;
    }

    private static ReferenceScaleView reference(MeasuringInstrument scale, TradePlace place, LocalDate today) {
        VerificationState state = scale.stateOn(today);
        BigDecimal lat = place.latitude();
        BigDecimal lon = place.longitude();
        return new ReferenceScaleView(scale.code().value(), place.name(), place.address(), scale.stall(),
                scale.capacity(), scale.openingHours(), scale.verifiedOn(), scale.dueOn(), state.code(),
                MetrologyLabels.of(state), state.usable(), lat, lon);
    }

    private Map<Long, TradePlace> placesOf(UnitView ward) {
        return repository.placesOf(List.of(ward.id())).stream()
                .collect(Collectors.toMap(TradePlace::id, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
