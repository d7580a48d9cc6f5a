package vn.wardqms.platform.workflow;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Task due dates in working days, as deadlines are counted in a People's Committee: Saturdays and Sundays do not
 * count; the task is due at the end of the last working day. Public holidays are not known here.
 */
public final class DueDates {
    private DueDates() {
    }

    public static Instant due(Instant created, int workingDays, ZoneId zone) {
        LocalDate day = created.atZone(zone).toLocalDate();
        int added = 0;
        while (added < workingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        ZonedDateTime endOfDay = day.atTime(23, 59, 59).atZone(zone);
        return endOfDay.toInstant();
    }
}
