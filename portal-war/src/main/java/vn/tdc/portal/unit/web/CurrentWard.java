package vn.tdc.portal.unit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;

import java.util.List;
import java.util.Optional;

/**
 * The ward whose pages the request shows ({@code /xa-dong-cuu/…}, set by {@link WardPathFilter}). A view reached
 * otherwise (a form posted to an old address, a staff page) belongs to the ward the resident chose last, else to the
 * default ward. Pages link inside the ward through {@link #getBase()}.
 */
@Named("currentWard")
@RequestScoped
public class CurrentWard {

    /** The request attribute holding the {@link UnitView} of a ward page. */
    static final String ATTRIBUTE = CurrentWard.class.getName();
    /** The request attribute holding the path the resident asked for ({@code /xa-dong-cuu/phan-anh}). */
    static final String PATH_ATTRIBUTE = CurrentWard.class.getName() + ".path";

    @Inject
    HttpServletRequest request;

    @Inject
    UnitDirectory directory;

    @Inject
    @ConfigProperty(name = "portal.platform.hotline")
    Optional<String> platformHotline;

    private UnitView ward;

    /** The slug of the ward whose address the request came by, if it did (for filters, outside CDI's request). */
    public static Optional<String> slugOf(jakarta.servlet.ServletRequest request) {
        return wardOf(request).map(UnitView::slug);
    }

    /** The ward whose address the request came by, if it did (for servlets the ward filter forwards to). */
    public static Optional<UnitView> wardOf(jakarta.servlet.ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof UnitView unit ? Optional.of(unit) : Optional.empty();
    }

    /** Whether the request came by a ward's address. */
    public boolean isInWard() {
        return request.getAttribute(ATTRIBUTE) instanceof UnitView;
    }

    public UnitView getWard() {
        if (ward == null) {
            ward = request.getAttribute(ATTRIBUTE) instanceof UnitView unit ? unit : rememberedOrDefault(request, directory);
        }
        return ward;
    }

    /** The ward a request without a ward address belongs to: the remembered one if it still exists, else the default. */
    static UnitView rememberedOrDefault(HttpServletRequest request, UnitDirectory directory) {
        return remembered(request, directory).orElseGet(directory::defaultWard);
    }

    static Optional<UnitView> remembered(HttpServletRequest request, UnitDirectory directory) {
        return WardCookie.slugOf(request).flatMap(directory::bySlug).filter(UnitView::isWard).filter(UnitView::active);
    }

    /** The ward's remembered choice, for the platform's home ("Tiếp tục với …"). */
    public Optional<UnitView> rememberedWard() {
        return remembered(request, directory);
    }

    /** The ids of the ward, its province and the root: whose news and documents the ward's pages show. */
    public List<Long> getChainIds() {
        return directory.chainOf(getWard()).stream().map(UnitView::id).toList();
    }

    /**
     * The slug of the ward whose pages show what belongs to unit {@code unitId}: the unit itself when it is a ward,
     * the first ward of a province; empty for the root or an unknown unit (every ward shows the root's).
     */
    public Optional<String> wardShowing(long unitId) {
        return directory.wardShowing(unitId).map(UnitView::slug);
    }

    /** Where the ward's pages start: {@code /xa-dong-cuu} (with the context path). */
    public String getBase() {
        return request.getContextPath() + "/" + getWard().slug();
    }

    /** The ward's hotline; empty when neither it nor its province nor the platform has one. */
    public String getHotline() {
        return getWard().hotline().isBlank() ? "" : getWard().hotline();
    }

    /**
     * The number to call when the ward has none yet: its province's, else the platform's (the root unit's, else
     * {@code portal.platform.hotline}); empty when there is none.
     */
    public String getFallbackHotline() {
        return directory.chainOf(getWard()).stream().skip(1)
                .map(UnitView::hotline).filter(h -> h != null && !h.isBlank()).findFirst()
                .orElseGet(() -> platformHotline.map(String::strip).orElse(""));
    }
}
