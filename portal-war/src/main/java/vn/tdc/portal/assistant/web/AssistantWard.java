package vn.tdc.portal.assistant.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.web.CurrentWard;

import java.util.List;
import java.util.Optional;

/**
 * The ward a page's assistant (the Hỏi đáp page and the chat widget) answers for: the request parameter {@code ward},
 * else the page's own ward ({@link CurrentWard}: the ward of the address, the remembered one, or the default).
 * Unknown slugs are ignored, never an error on a page.
 */
@Named
@RequestScoped
public class AssistantWard {

    static final String PARAMETER = "ward";

    @Inject
    HttpServletRequest request;

    @Inject
    UnitDirectory units;

    @Inject
    CurrentWard currentWard;

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
            String named = request.getParameter(PARAMETER);
            ward = (named == null || named.isBlank() ? Optional.<UnitView>empty()
                    : units.bySlug(named.strip()).filter(UnitView::isWard).filter(UnitView::active))
                    .orElseGet(currentWard::getWard);
        }
        return ward;
    }
}
