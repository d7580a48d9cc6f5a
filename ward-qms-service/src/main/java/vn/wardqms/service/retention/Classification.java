package vn.wardqms.service.retention;

import java.time.LocalDate;

/**
 * What the schedule says about one file (or record): when its retention started, the last day it must be kept (null:
 * permanent), what happens then, and from which day that is due (null: nothing is ever due).
 */
public record Classification(RecordType type, LocalDate retentionStart, LocalDate retainUntil, RecordType.Disposition action,
                             LocalDate dispositionDue) {

    public boolean dueBy(LocalDate day) {
        return dispositionDue != null && !dispositionDue.isAfter(day);
    }
}
