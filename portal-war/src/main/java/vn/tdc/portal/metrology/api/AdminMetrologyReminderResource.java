package vn.tdc.portal.metrology.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.metrology.application.DueVerificationReminders;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

/**
 * Sends the reminders of due verifications now (role ADMIN), for the wards of the administrator's scope: after giving
 * officers their email addresses, without waiting for the daily run. What was announced before is not sent again.
 */
@Path("/admin/metrology/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Phương tiện đo")
public class AdminMetrologyReminderResource {

    @Inject
    DueVerificationReminders reminders;

    @POST
    @Operation(summary = "Gửi ngay thư nhắc cán bộ các phương tiện đo quá hạn hoặc sắp hết hạn kiểm định (mỗi phương"
            + " tiện đo một lần cho mỗi hạn); 409 khi một lần gửi khác đang chạy")
    public Sent send() {
        int announced = reminders.remindAlone().orElseThrow(() -> ProblemException.of(ProblemKind.CONFLICT,
                "metrology.reminder.busy"));
        return new Sent(announced);
    }

    /** How many instruments the run announced. */
    public record Sent(int announced) {
    }
}
