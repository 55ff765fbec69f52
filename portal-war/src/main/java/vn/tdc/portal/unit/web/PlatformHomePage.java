package vn.tdc.portal.unit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The platform's home ({@code /}): finds a ward by the name typed ({@code ?q=dong cuu}, with or without diacritics)
 * or by the phone's position ({@code ?lat=…&lon=…}, sent by the page's script), lists every ward by province and
 * offers to go on with the ward chosen last. Works as plain GET forms and links, without script.
 */
@Named
@RequestScoped
public class PlatformHomePage {

    static final int MAX_RESULTS = 20;
    static final int NEAREST = 5;
    static final int MAX_QUERY = 100;

    /** A province and its wards, as the list shows them. */
    public record ProvinceWards(UnitView province, List<UnitView> wards) {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    UnitDirectory directory;

    @Inject
    CurrentWard currentWard;

    private List<UnitView> found;
    private Optional<Point> point;

    private record Point(double latitude, double longitude) {
    }

    /** What the resident typed, trimmed and cut to {@value #MAX_QUERY} characters; empty when nothing. */
    public String getQuery() {
        String typed = request.getParameter("q");
        if (typed == null) {
            return "";
        }
        String trimmed = typed.strip();
        return trimmed.length() > MAX_QUERY ? trimmed.substring(0, MAX_QUERY) : trimmed;
    }

    public boolean isSearched() {
        return !getQuery().isEmpty();
    }

    public List<UnitView> getFound() {
        if (found == null) {
            found = isSearched() ? directory.search(getQuery(), MAX_RESULTS) : List.of();
        }
        return found;
    }

    /** Whether the page was asked with a position ({@code lat} and {@code lon}), valid or not. */
    public boolean isLocated() {
        return request.getParameter("lat") != null || request.getParameter("lon") != null;
    }

    /** Whether the position sent is no point on Earth (then the page says so). */
    public boolean isBadLocation() {
        return isLocated() && point().isEmpty();
    }

    /** The ward containing the position, if any. */
    public UnitView getWardHere() {
        return point().flatMap(p -> directory.wardAt(p.latitude(), p.longitude())).orElse(null);
    }

    /** The wards nearest to the position, nearest first. */
    public List<UnitView> getNearest() {
        return point().map(p -> directory.nearestWards(p.latitude(), p.longitude(), NEAREST)).orElse(List.of());
    }

    private Optional<Point> point() {
        if (point == null) {
            point = parse(request.getParameter("lat"), request.getParameter("lon"));
        }
        return point;
    }

    /** A point from the two texts, when both are decimal degrees within range. */
    static Optional<Point> parse(String latitude, String longitude) {
        if (latitude == null || longitude == null || latitude.length() > 20 || longitude.length() > 20) {
            return Optional.empty();
        }
        try {
            double lat = Double.parseDouble(latitude.strip());
            double lon = Double.parseDouble(longitude.strip());
            if (Double.isFinite(lat) && Double.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                return Optional.of(new Point(lat, lon));
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Every active ward, under its province, in the provinces' order. */
    public List<ProvinceWards> getProvinces() {
        List<ProvinceWards> groups = new ArrayList<>();
        for (UnitView province : directory.provinces()) {
            List<UnitView> wards = directory.wardsOf(province);
            if (!wards.isEmpty()) {
                groups.add(new ProvinceWards(province, wards));
            }
        }
        return groups;
    }

    /** The ward chosen last, to go on with; {@code null} when none. */
    public UnitView getRemembered() {
        return currentWard.rememberedWard().orElse(null);
    }

    /** The words the page's script matches typing against: name and province without diacritics. */
    public String searchText(UnitView ward) {
        return VietnameseFolding.fold(ward.name() + " " + ward.provinceName());
    }

    /** The address that chooses a ward: remembers it, then opens its home. */
    public String linkTo(UnitView ward) {
        return request.getContextPath() + "/?" + WardPathFilter.CHOOSE + "=" + ward.slug();
    }

    /** The address of a ward's home, for the ward already remembered. */
    public String homeOf(UnitView ward) {
        return request.getContextPath() + "/" + ward.slug();
    }
}
