package vn.tdc.portal.assistant.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;

import java.util.List;
import java.util.Optional;

/**
 * The ward a page's assistant (the Hỏi đáp page and the chat widget) answers for: the request parameter {@code ward},
 * else the first segment of the address when it names a ward ({@code /xa-dong-cuu/hoi-dap}, also when that address was
 * forwarded to the page), else the platform's default ward. Unknown slugs are ignored, never an error on a page.
 */
@Named
@RequestScoped
public class AssistantWard {

    static final String PARAMETER = "ward";

    @Inject
    HttpServletRequest request;

    @Inject
    UnitDirectory units;

    private UnitView ward;

    /** The ward's slug, sent with every question ({@code ward} of {@code /api/chat}). */
    public String getSlug() {
        return ward().slug();
    }

    /** "xã Đông Cứu", as it reads inside a sentence. */
    public String getName() {
        return ward().name();
    }

    /** Example questions about this ward, shown as chips: generated from its name. */
    public List<String> getExamples() {
        UnitView w = ward();
        return List.of(
                Messages.format("ask.example.channels", w.title()),
                Messages.get("ask.example.here"),
                Messages.format("ask.example.signer", w.name()));
    }

    private UnitView ward() {
        if (ward == null) {
            ward = named(request.getParameter(PARAMETER))
                    .or(() -> named(firstSegment((String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI))))
                    .or(() -> named(firstSegment(request.getRequestURI())))
                    .orElseGet(units::defaultWard);
        }
        return ward;
    }

    private Optional<UnitView> named(String slug) {
        return slug == null || slug.isBlank() ? Optional.empty()
                : units.bySlug(slug.strip()).filter(UnitView::isWard).filter(UnitView::active);
    }

    /** "xa-dong-cuu" of "/portal/xa-dong-cuu/hoi-dap", without the context path. */
    private String firstSegment(String uri) {
        if (uri == null) {
            return null;
        }
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        String[] segments = path.split("/");
        return segments.length > 1 ? segments[1] : null;
    }
}
