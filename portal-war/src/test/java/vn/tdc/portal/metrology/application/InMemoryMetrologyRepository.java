package vn.tdc.portal.metrology.application;

import vn.tdc.portal.metrology.domain.InstrumentCode;
import vn.tdc.portal.metrology.domain.InstrumentFilter;
import vn.tdc.portal.metrology.domain.InstrumentType;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.TradePlace;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The register kept in lists, for the unit tests of services that read it; ids are given on {@code add}. */
public class InMemoryMetrologyRepository implements MetrologyRepository {

    private final List<InstrumentType> types = new ArrayList<>(List.of(
            new InstrumentType("can-dien-tu", "Cân điện tử", 12, 30),
            new InstrumentType("can-dong-ho-lo-xo", "Cân đồng hồ lò xo", 12, 20)));
    private final List<TradePlace> places = new ArrayList<>();
    private final List<MeasuringInstrument> instruments = new ArrayList<>();
    private long nextId = 1;

    /** The assistant's register answers over this register. */
    public RegisterAnswers answers() {
        RegisterAnswers answers = new RegisterAnswers();
        answers.repository = this;
        InstrumentLookup lookup = new InstrumentLookup();
        lookup.repository = this;
        answers.lookup = lookup;
        return answers;
    }

    @Override
    public List<InstrumentType> types() {
        return types;
    }

    @Override
    public Optional<InstrumentType> type(String code) {
        return types.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    @Override
    public void add(TradePlace place) {
        setId(TradePlace.class, place, nextId++);
        places.add(place);
    }

    @Override
    public Optional<TradePlace> place(long id) {
        return places.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<TradePlace> placeNamed(long unitId, String foldedName) {
        return places.stream().filter(p -> p.unitId() == unitId && TradePlace.foldedName(p.name()).equals(foldedName))
                .findFirst();
    }

    @Override
    public List<TradePlace> placesOf(Collection<Long> unitIds) {
        return places.stream().filter(p -> unitIds.contains(p.unitId())).toList();
    }

    @Override
    public void add(MeasuringInstrument instrument) {
        setId(MeasuringInstrument.class, instrument, nextId++);
        instruments.add(instrument);
    }

    @Override
    public Optional<MeasuringInstrument> instrument(long id) {
        return instruments.stream().filter(i -> i.id() == id).findFirst();
    }

    @Override
    public Optional<MeasuringInstrument> instrument(InstrumentCode code) {
        return instruments.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    @Override
    public boolean codeTaken(InstrumentCode code) {
        return instrument(code).isPresent();
    }

    @Override
    public Optional<MeasuringInstrument> instrumentWithSerial(long unitId, String typeCode, String serialNo) {
        return instruments.stream().filter(i -> i.unitId() == unitId && i.typeCode().equals(typeCode)
                && i.serialNo().equals(serialNo)).findFirst();
    }

    @Override
    public List<MeasuringInstrument> instruments(InstrumentFilter filter, LocalDate today, int offset, int limit) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public long count(InstrumentFilter filter, LocalDate today) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public List<MeasuringInstrument> instrumentsAt(Collection<Long> placeIds) {
        return instruments.stream().filter(i -> placeIds.contains(i.placeId())).toList();
    }

    @Override
    public List<MeasuringInstrument> referenceScalesAt(Collection<Long> placeIds) {
        return instrumentsAt(placeIds).stream().filter(MeasuringInstrument::referenceScale).toList();
    }

    @Override
    public void remove(MeasuringInstrument instrument) {
        instruments.remove(instrument);
    }

    @Override
    public void flushAndForget() {
    }

    @Override
    public void addAll(Collection<MeasuringInstrument> added) {
        added.forEach(this::add);
    }

    @Override
    public Set<String> codesTaken(Collection<String> codes) {
        return codes.stream().filter(code -> codeTaken(new InstrumentCode(code))).collect(Collectors.toSet());
    }

    private static <T> void setId(Class<T> type, T entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
