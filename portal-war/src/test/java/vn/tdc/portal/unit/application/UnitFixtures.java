package vn.tdc.portal.unit.application;

import vn.tdc.portal.unit.domain.AdministrativeUnit;
import vn.tdc.portal.unit.domain.UnitLevel;
import vn.tdc.portal.unit.domain.UnitRepository;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Units as migration V6 seeds them (the root, tỉnh Bắc Ninh with xã Đông Cứu, tỉnh Quảng Ngãi with phường Đức Phổ),
 * in memory, for unit tests of services that need a {@link UnitDirectory} or {@link CallerScopes}.
 */
public final class UnitFixtures {

    public static final long ROOT = 1;
    public static final long BAC_NINH = 10;
    public static final long QUANG_NGAI = 30;
    public static final long DONG_CUU = 101;
    public static final long DUC_PHO = 301;

    private UnitFixtures() {
    }

    /** The units in memory; no account has a unit (every caller works as the portal itself). */
    public static UnitRepository repository() {
        List<AdministrativeUnit> units = new ArrayList<>();
        AdministrativeUnit root = unit(ROOT, "vn", "toan-quoc", "Toàn quốc", UnitLevel.NEN_TANG, "nen-tang", null);
        AdministrativeUnit bacNinh = unit(BAC_NINH, "bac-ninh", "bac-ninh", "tỉnh Bắc Ninh", UnitLevel.TINH, "tinh", root);
        AdministrativeUnit quangNgai = unit(QUANG_NGAI, "quang-ngai", "quang-ngai", "tỉnh Quảng Ngãi", UnitLevel.TINH,
                "tinh", root);
        AdministrativeUnit dongCuu = unit(DONG_CUU, "xa-dong-cuu", "xa-dong-cuu", "xã Đông Cứu", UnitLevel.XA, "xa",
                bacNinh);
        dongCuu.locate(new BigDecimal("21.07"), new BigDecimal("106.18"), new BigDecimal("6"));
        AdministrativeUnit ducPho = unit(DUC_PHO, "phuong-duc-pho", "phuong-duc-pho", "phường Đức Phổ", UnitLevel.XA,
                "phuong", quangNgai);
        ducPho.locate(new BigDecimal("14.81"), new BigDecimal("108.96"), new BigDecimal("6"));
        units.addAll(List.of(root, bacNinh, quangNgai, dongCuu, ducPho));
        return new UnitRepository() {
            @Override
            public List<AdministrativeUnit> findAll() {
                return List.copyOf(units);
            }

            @Override
            public Optional<AdministrativeUnit> findById(long id) {
                return units.stream().filter(unit -> unit.id() == id).findFirst();
            }

            @Override
            public Optional<AdministrativeUnit> findByCode(String code) {
                return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
            }

            @Override
            public Optional<AdministrativeUnit> findBySlug(String slug) {
                return units.stream().filter(unit -> unit.slug().equals(slug)).findFirst();
            }

            @Override
            public void add(AdministrativeUnit unit) {
                units.add(unit);
            }

            @Override
            public Optional<String> pathOfAccount(String username) {
                return Optional.empty();
            }
        };
    }

    public static UnitDirectory directory() {
        UnitDirectory directory = new UnitDirectory();
        directory.repository = repository();
        directory.defaultWardSlug = "xa-dong-cuu";
        return directory;
    }

    /** Scopes for work outside a request: every unit, and the default ward as the unit new rows belong to. */
    public static CallerScopes scopes() {
        UnitDirectory directory = directory();
        CallerScopes scopes = new CallerScopes();
        scopes.units = directory.repository;
        scopes.directory = directory;
        return scopes;
    }

    private static AdministrativeUnit unit(long id, String code, String slug, String name, UnitLevel level,
                                           String kind, AdministrativeUnit parent) {
        AdministrativeUnit unit = new AdministrativeUnit(code, slug, name, level, kind, parent, slug);
        set(unit, "id", id);
        return unit;
    }

    private static void set(AdministrativeUnit unit, String field, Object value) {
        try {
            Field f = AdministrativeUnit.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(unit, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
