package vn.tdc.portal.report.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Due dates count working days: Monday to Friday. Public holidays are not known to the portal; an officer who
 * needs more time explains it in a public update.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The date {@code days} working days after {@code from} (a report received on a Saturday counts from Monday). */
    public static LocalDate add(LocalDate from, int days) {
        LocalDate date = from;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                added++;
            }
        }
        return date;
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
