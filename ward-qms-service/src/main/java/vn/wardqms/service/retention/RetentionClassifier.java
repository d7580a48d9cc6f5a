package vn.wardqms.service.retention;

import java.time.LocalDate;

/**
 * Applies the retention schedule to a file: no I/O and no allocation beyond the result, so that classifying is never
 * what limits a sweep (benchmarked: see the README). Retention counts from what the record type's schedule line says:
 * the day the file was closed, the end of the year the work ended in (the file's year), or the day the case ended.
 */
public final class RetentionClassifier {
    private final RetentionSchedule schedule;

    public RetentionClassifier(RetentionSchedule schedule) {
        this.schedule = schedule;
    }

    /**
     * @param recordTypeCode the file's qms:recordTypeCode
     * @param fileYear the file's year (qms:fileYear)
     * @param closedOn when the file was closed (null while open)
     * @param caseEnded when the case ended, for case files (qms:retentionStart; null: the closing day)
     * @throws IllegalArgumentException if the code is not in the schedule, or the file is not closed yet
     */
    public Classification classify(String recordTypeCode, int fileYear, LocalDate closedOn, LocalDate caseEnded) {
        RecordType type = schedule.type(recordTypeCode).orElseThrow(() -> new IllegalArgumentException(
                "record type '" + recordTypeCode + "' is not in the retention schedule " + schedule.source()));
        LocalDate start = switch (type.trigger()) {
            case END_OF_YEAR -> LocalDate.of(fileYear, 12, 31);
            case FILE_CLOSED -> closedOn;
            case CASE_CLOSED -> caseEnded != null ? caseEnded : closedOn;
        };
        if (start == null) {
            throw new IllegalArgumentException("a file of type " + recordTypeCode + " is classified when it is closed");
        }
        if (type.permanent()) {
            // Luật Lưu trữ 2024: into the historical archive at most 5 years counted from the year the file entered the
            // current archive — here, the year it was closed; due by the end of that year's fifth (transfer-after) year.
            LocalDate transfer = type.transferAfterYears() == null ? null : LocalDate.of((closedOn != null ? closedOn : start).getYear() + type.transferAfterYears(), 12, 31);
            return new Classification(type, start, null, type.disposition(), transfer);
        }
        LocalDate until = start.plusYears(type.years());
        return new Classification(type, start, until, type.disposition(), until.plusDays(1));
    }
}
