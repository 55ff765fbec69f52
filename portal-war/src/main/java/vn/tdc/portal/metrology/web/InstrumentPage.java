package vn.tdc.portal.metrology.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.metrology.application.InstrumentAddress;
import vn.tdc.portal.metrology.application.InstrumentLookup;
import vn.tdc.portal.metrology.application.PlaceAndStall;
import vn.tdc.portal.metrology.application.PublicInstrumentView;
import vn.tdc.portal.metrology.application.ReferenceScaleView;
import vn.tdc.portal.unit.web.CurrentWard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * An instrument's QR page ({@code /{ward}/phuong-tien-do/{code}}): what and where it is, its verification state in
 * words, colour and icon, the nearest reference scale, and one button to report it. The address is kept canonical:
 * a code typed in lower case or with a hyphen, or an instrument of another ward read under this ward's address, is
 * sent for good (301) to {@code /{its ward}/phuong-tien-do/{CODE}}. An unknown or malformed code answers 404 with the
 * page's own notice (a form to type the code again and a link to report), the page being reached by a forward after
 * which the container no longer dispatches to its error page.
 */
@Named
@RequestScoped
public class InstrumentPage {

    /** The report kind the page's button preselects. */
    static final String REPORT_KIND = "phuong-tien-do";

    @Inject
    InstrumentLookup lookup;

    @Inject
    CurrentWard currentWard;

    @Inject
    FacesContext faces;

    private String typed;
    private PublicInstrumentView instrument;

    public void load() {
        instrument = lookup.find(typed).orElse(null);
        if (instrument == null) {
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        boolean canonical = instrument.code().equals(typed) && currentWard.isInWard()
                && currentWard.getWard().slug().equals(instrument.wardSlug());
        if (!canonical) {
            faces.getExternalContext().setResponseStatus(301);
            faces.getExternalContext().setResponseHeader("Location", faces.getExternalContext()
                    .getRequestContextPath() + InstrumentAddress.of(instrument.wardSlug(), instrument.code()));
            faces.responseComplete();
            instrument = null;
        }
    }

    public PublicInstrumentView getInstrument() {
        return instrument;
    }

    /** The nearest reference scale, or null when the ward has none. */
    public ReferenceScaleView getReference() {
        return instrument == null ? null : instrument.nearestReference();
    }

    public VerificationBadge getBadge() {
        return instrument == null ? null : VerificationBadge.of(instrument.state(), instrument.dueOn());
    }

    public VerificationBadge badgeOf(ReferenceScaleView scale) {
        return VerificationBadge.of(scale.state(), scale.dueOn());
    }

    /** Place and stall, as the report will say it. */
    public String getPlaceAndStall() {
        return instrument == null ? "" : PlaceAndStall.of(instrument.placeName(), instrument.stall());
    }

    public String placeAndStall(ReferenceScaleView scale) {
        return PlaceAndStall.of(scale.placeName(), scale.stall());
    }

    /** The ward's report form for this instrument: kind, place and stall, and the code filled in. */
    public String getReportUrl() {
        return currentWard.getBase() + "/phan-anh?loai=" + REPORT_KIND + "&noi="
                + URLEncoder.encode(getPlaceAndStall(), StandardCharsets.UTF_8) + "&ma=" + instrument.code();
    }

    /** The ward's report form, no instrument known (the not-found notice). */
    public String getPlainReportUrl() {
        return currentWard.getBase() + "/phan-anh?loai=" + REPORT_KIND;
    }

    public String date(LocalDate date) {
        return VerificationBadge.date(date);
    }

    /** The code as typed (to show it again in the not-found notice's form). */
    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }
}
