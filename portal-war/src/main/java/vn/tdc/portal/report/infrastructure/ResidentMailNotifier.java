package vn.tdc.portal.report.infrastructure;

import vn.tdc.portal.unit.application.UnitDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.platform.mail.MailSender;
import vn.tdc.portal.platform.mail.OutgoingMail;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.PublicUpdateIssued;
import vn.tdc.portal.report.application.ReportAcknowledged;
import vn.tdc.portal.report.application.TrackingCodeRedaction;
import vn.tdc.portal.report.application.TrackingPage;

import java.time.format.DateTimeFormatter;

/**
 * Mails the resident who gave an email: the tracking code when the report is acknowledged, and every public
 * update (another report's tracking code in it redacted). Only after the change committed, in the background, so a
 * mail server that is down never fails or slows a submission; failures are logged by the sender.
 */
@ApplicationScoped
public class ResidentMailNotifier {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    MailSender mail;

    @Inject
    UnitDirectory units;

    @Inject
    TrackingPage trackingPage;

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    void acknowledged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportAcknowledged report) {
        if (report.email() == null || report.email().isEmpty()) {
            return;
        }
        mail.sendLater(new OutgoingMail(report.email(),
                Messages.format("report.mail.acknowledged.subject", report.trackingCode()),
                Messages.format("report.mail.acknowledged.body", report.trackingCode(),
                        DATE.format(report.expectedDate()), trackUrl(report.trackingCode(), report.unitId()),
                        wardName(report.unitId()))));
    }

    /** The tracking page on the report's ward's pages, as an absolute address. */
    private String trackUrl(String trackingCode, long unitId) {
        return publicUrl.replaceAll("/+$", "") + trackingPage.path(trackingCode, unitId);
    }

    /** "Xã Đông Cứu": the mail is signed by the report's ward. */
    private String wardName(long unitId) {
        return units.byId(unitId).orElseGet(units::defaultWard).title();
    }

    void updated(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicUpdateIssued update) {
        mail.sendLater(new OutgoingMail(update.email(),
                Messages.format("report.mail.updated.subject", update.trackingCode()),
                Messages.format("report.mail.updated.body", update.trackingCode(),
                        Messages.get("report.status." + update.statusCode()), TrackingCodeRedaction.redact(update.text()),
                        trackUrl(update.trackingCode(), update.unitId()), wardName(update.unitId()))));
    }
}
