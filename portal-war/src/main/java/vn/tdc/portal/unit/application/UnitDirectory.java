package vn.tdc.portal.unit.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tdc.portal.platform.cluster.CacheInvalidated;
import vn.tdc.portal.platform.cluster.CacheInvalidations;
import vn.tdc.portal.platform.cluster.SharedCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.portal.unit.domain.AdministrativeUnit;
import vn.tdc.portal.unit.domain.UnitLevel;
import vn.tdc.portal.unit.domain.UnitRepository;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's administrative units, read once and kept for {@value #KEEP_SECONDS} s (an edit on this node
 * {@link #refresh refreshes} at once). Finds a ward by slug, code, name typed with or without diacritics, or by a
 * point; knows the default ward ({@code portal.ward.default}), where old single-ward addresses lead.
 */
@ApplicationScoped
public class UnitDirectory {

    static final int KEEP_SECONDS = 30;
    private static final double EARTH_RADIUS_KM = 6371.0;

    @Inject
    UnitRepository repository;

    @Inject
    CacheInvalidations invalidations;

    @Inject
    @ConfigProperty(name = "portal.ward.default", defaultValue = "xa-dong-cuu")
    String defaultWardSlug;

    private final LoadingCache<Boolean, Snapshot> snapshot = Caffeine.newBuilder()
            .maximumSize(1)
            .expireAfterWrite(Duration.ofSeconds(KEEP_SECONDS))
            .build(key -> load());

    private record Snapshot(List<UnitView> all, Map<Long, UnitView> byId, Map<String, UnitView> bySlug,
                            Map<String, UnitView> byCode) {
    }

    private Snapshot load() {
        List<AdministrativeUnit> rows = repository.findAll();
        Map<Long, AdministrativeUnit> entities = new HashMap<>();
        rows.forEach(row -> entities.put(row.id(), row));
        List<UnitView> all = new ArrayList<>();
        Map<Long, UnitView> byId = new HashMap<>();
        Map<String, UnitView> bySlug = new HashMap<>();
        Map<String, UnitView> byCode = new HashMap<>();
        for (AdministrativeUnit row : rows) {
            AdministrativeUnit parent = row.parentId() == null ? null : entities.get(row.parentId());
            String provinceName = row.level() == UnitLevel.XA && parent != null ? parent.name() : "";
            UnitView view = new UnitView(row.id(), row.code(), row.slug(), row.name(), row.level(), row.kind(),
                    row.parentId(), row.path(), row.address(), row.hotline(), row.email(), row.workingHours(),
                    decimal(row.latitude()), decimal(row.longitude()), decimal(row.radiusKm()), provinceName,
                    row.active());
            all.add(view);
            byId.put(view.id(), view);
            bySlug.put(view.slug(), view);
            byCode.put(view.code().toLowerCase(Locale.ROOT), view);
        }
        return new Snapshot(List.copyOf(all), Map.copyOf(byId), Map.copyOf(bySlug), Map.copyOf(byCode));
    }

    private static Double decimal(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private Snapshot units() {
        return snapshot.get(Boolean.TRUE);
    }

    /** Forgets the kept units here and on the other nodes (after a change of units has committed). */
    public void refresh() {
        snapshot.invalidateAll();
        invalidations.publish(SharedCache.UNITS);
    }

    void changedOnAnotherNode(@Observes CacheInvalidated invalidated) {
        if (invalidated.concerns(SharedCache.UNITS)) {
            snapshot.invalidateAll();
        }
    }

    public List<UnitView> all() {
        return units().all();
    }

    public Optional<UnitView> byId(long id) {
        return Optional.ofNullable(units().byId().get(id));
    }

    public Optional<UnitView> bySlug(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(units().bySlug().get(slug));
    }

    /** Codes are compared without regard to case ({@code XA-DONG-CUU} is {@code xa-dong-cuu}). */
    public Optional<UnitView> byCode(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(units().byCode().get(code.strip().toLowerCase(Locale.ROOT)));
    }

    public Optional<UnitView> byPath(String path) {
        return units().all().stream().filter(unit -> unit.path().equals(path)).findFirst();
    }

    public UnitView root() {
        return units().all().stream().filter(unit -> unit.level() == UnitLevel.NEN_TANG).findFirst()
                .orElseThrow(() -> new IllegalStateException("admin_unit has no root (migration V6 not applied?)"));
    }

    /** The ward of {@code portal.ward.default}, or the first active ward when that slug names none. */
    public UnitView defaultWard() {
        return bySlug(defaultWardSlug).filter(UnitView::isWard)
                .or(() -> wards().stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("The platform has no ward"));
    }

    /** Active wards and communes, in the provinces' order. */
    public List<UnitView> wards() {
        return units().all().stream().filter(UnitView::isWard).filter(UnitView::active).toList();
    }

    public List<UnitView> provinces() {
        return units().all().stream().filter(UnitView::isProvince).filter(UnitView::active).toList();
    }

    public List<UnitView> wardsOf(UnitView province) {
        return wards().stream().filter(ward -> province.id() == nullToZero(ward.parentId())).toList();
    }

    private static long nullToZero(Long id) {
        return id == null ? 0 : id;
    }

    public Optional<UnitView> parentOf(UnitView unit) {
        return unit.parentId() == null ? Optional.empty() : byId(unit.parentId());
    }

    /**
     * The ward whose pages show what belongs to unit {@code unitId} (its news, the tracking page of its reports): the
     * unit itself when it is an active ward, the first active ward of a province; empty for the root or an unknown
     * unit (every ward shows the root's).
     */
    public Optional<UnitView> wardShowing(long unitId) {
        return byId(unitId).flatMap(unit -> unit.isWard() && unit.active() ? Optional.of(unit)
                : unit.isProvince() ? wardsOf(unit).stream().findFirst() : Optional.empty());
    }

    /** The unit and the units above it, nearest first: a ward, its province, the root. */
    public List<UnitView> chainOf(UnitView unit) {
        List<UnitView> chain = new ArrayList<>();
        Optional<UnitView> current = Optional.of(unit);
        while (current.isPresent() && chain.size() < 8) {
            chain.add(current.get());
            current = parentOf(current.get());
        }
        return List.copyOf(chain);
    }

    /**
     * Wards whose name contains every word typed, compared without diacritics and case ("dong cuu", "Đông Cứu",
     * "xa dong cuu"), or whose province's name does; at most {@code limit}.
     */
    public List<UnitView> search(String typed, int limit) {
        String folded = fold(typed);
        if (folded.isBlank()) {
            return wards().stream().limit(limit).toList();
        }
        List<String> words = List.of(folded.split(" "));
        return wards().stream()
                .filter(ward -> {
                    String haystack = fold(ward.name() + " " + ward.provinceName() + " " + ward.slug().replace('-', ' '));
                    return words.stream().allMatch(haystack::contains);
                })
                .limit(limit)
                .toList();
    }

    /** The ward whose centre is nearest to the point and within its radius, if any. */
    public Optional<UnitView> wardAt(double latitude, double longitude) {
        return wards().stream()
                .filter(ward -> ward.latitude() != null && ward.longitude() != null && ward.radiusKm() != null)
                .filter(ward -> distanceKm(ward, latitude, longitude) <= ward.radiusKm())
                .min(Comparator.comparingDouble(ward -> distanceKm(ward, latitude, longitude)));
    }

    /** Wards with a centre point, nearest to the point first. */
    public List<UnitView> nearestWards(double latitude, double longitude, int limit) {
        return wards().stream()
                .filter(ward -> ward.latitude() != null && ward.longitude() != null)
                .sorted(Comparator.comparingDouble(ward -> distanceKm(ward, latitude, longitude)))
                .limit(limit)
                .toList();
    }

    static double distanceKm(UnitView unit, double latitude, double longitude) {
        double lat1 = Math.toRadians(unit.latitude());
        double lat2 = Math.toRadians(latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(longitude - unit.longitude());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static String fold(String text) {
        return text == null ? "" : VietnameseFolding.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
