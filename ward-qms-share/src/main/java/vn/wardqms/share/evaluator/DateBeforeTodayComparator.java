package vn.wardqms.share.evaluator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.alfresco.web.evaluator.Comparator;

/**
 * True when a date property lies before today — a periodic review whose {@code qms:nextReviewDue} has passed. Share's own
 * comparators only compare strings and nulls, so the "review overdue" indicator needs this one.
 *
 * <p>Used with Share's {@code ValueEvaluator} and the accessor {@code node.properties.qms:nextReviewDue.iso8601}: the
 * document library's JSON carries dates as ISO 8601 with an offset (e.g. {@code 2026-11-20T00:00:00.000+07:00}). "Today"
 * is taken in the ward's time zone ({@code timeZone}, default Asia/Ho_Chi_Minh, as the repository counts working days), so
 * a review due today is not yet overdue. A missing or unreadable value is never overdue: the indicator must not
 * accuse a document on a value it cannot read.
 */
public class DateBeforeTodayComparator implements Comparator {
    private ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
    private final Clock clock;

    public DateBeforeTodayComparator() {
        this(Clock.systemUTC());
    }

    DateBeforeTodayComparator(Clock clock) {
        this.clock = clock;
    }

    /** Spring property: the time zone the date is read in, e.g. {@code Asia/Ho_Chi_Minh}; an unknown zone fails at start-up. */
    public void setTimeZone(String timeZone) {
        this.zone = ZoneId.of(timeZone);
    }

    @Override
    public boolean compare(Object nodeValue) {
        if (nodeValue == null) {
            return false;
        }
        LocalDate date = dateOf(nodeValue.toString().trim());
        return date != null && date.isBefore(LocalDate.now(clock.withZone(zone)));
    }

    private LocalDate dateOf(String iso) {
        if (iso.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(iso);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
