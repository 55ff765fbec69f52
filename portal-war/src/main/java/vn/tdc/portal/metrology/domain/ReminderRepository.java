package vn.tdc.portal.metrology.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the reminders of due verifications need: the instruments of a ward due by a day that were not announced for
 * their current due date yet, the officers to tell, and the memory of what was announced ({@code instrument_reminder}).
 * Read for every unit (a job of the portal, not of a caller).
 */
public interface ReminderRepository {

    /**
     * The instruments of ward {@code unitId} in use (passed, not suspended) whose due date is on or before
     * {@code until} and that have no reminder for that due date, by due date.
     */
    List<MeasuringInstrument> dueWithoutReminder(long unitId, LocalDate until);

    /** The email addresses of the enabled OFFICER accounts of ward {@code unitId} that have one. */
    List<String> officerEmails(long unitId);

    /** Remembers that the instrument was announced for its due date {@code dueOn}. */
    void remember(long instrumentId, LocalDate dueOn, Instant sentAt, int recipients);
}
