package vn.tdc.portal.metrology.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The register of places and measuring instruments. Places and instruments are seen within the caller's unit scope
 * ({@code UnitScope}); instrument types are shared by every unit.
 */
public interface MetrologyRepository {

    List<InstrumentType> types();

    Optional<InstrumentType> type(String code);

    void add(TradePlace place);

    Optional<TradePlace> place(long id);

    Optional<TradePlace> placeNamed(long unitId, String foldedName);

    /** The places of the units, by name. */
    List<TradePlace> placesOf(Collection<Long> unitIds);

    void add(MeasuringInstrument instrument);

    Optional<MeasuringInstrument> instrument(long id);

    Optional<MeasuringInstrument> instrument(InstrumentCode code);

    /** Whether a public code is taken in any unit (codes are unique across the platform). */
    boolean codeTaken(InstrumentCode code);

    Optional<MeasuringInstrument> instrumentWithSerial(long unitId, String typeCode, String serialNo);

    /** A page of the instruments matching {@code filter}, by place (in the order places were added), stall and serial. */
    List<MeasuringInstrument> instruments(InstrumentFilter filter, LocalDate today, int offset, int limit);

    long count(InstrumentFilter filter, LocalDate today);

    /** Every instrument of the places, by place, stall and serial. */
    List<MeasuringInstrument> instrumentsAt(Collection<Long> placeIds);

    /** The reference scales (cân đối chứng) of the places, by place. */
    List<MeasuringInstrument> referenceScalesAt(Collection<Long> placeIds);

    void remove(MeasuringInstrument instrument);

    /**
     * Writes what is pending and forgets the rows read so far, so that a long run of changes in one transaction
     * (an import of thousands of rows) does not check every row read before at each query.
     */
    void flushAndForget();

    /** Adds many instruments and writes them at once (an import); nothing else is flushed per instrument. */
    void addAll(Collection<MeasuringInstrument> instruments);

    /** Which of these public codes any unit's instrument has already. */
    Set<String> codesTaken(Collection<String> codes);
}
