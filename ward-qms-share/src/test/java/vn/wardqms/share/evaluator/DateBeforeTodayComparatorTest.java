package vn.wardqms.share.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** "Review overdue" as a user reads it: the due date has passed in the ward's own calendar. */
class DateBeforeTodayComparatorTest {
    // 2026-03-10 01:30 in Ho Chi Minh City is still 2026-03-09 in UTC.
    private final DateBeforeTodayComparator comparator =
            new DateBeforeTodayComparator(Clock.fixed(Instant.parse("2026-03-09T18:30:00Z"), ZoneOffset.UTC));

    @Test
    void aReviewDueYesterdayIsOverdue() {
        assertThat(comparator.compare("2026-03-09T00:00:00.000+07:00")).isTrue();
    }

    @Test
    void aReviewDueTodayOrLaterIsNotOverdue() {
        assertThat(comparator.compare("2026-03-10T00:00:00.000+07:00")).isFalse();
        assertThat(comparator.compare("2026-04-01T00:00:00.000+07:00")).isFalse();
    }

    @Test
    void todayIsTheWardsDayNotTheServersDay() {
        // Stored at midnight UTC on the 9th (a repository running in UTC): that is the 9th in the ward too, so overdue.
        assertThat(comparator.compare("2026-03-09T00:00:00.000Z")).isTrue();
    }

    @Test
    void aPlainDateIsRead() {
        assertThat(comparator.compare("2026-03-01")).isTrue();
    }

    @Test
    void missingOrUnreadableValuesAreNeverOverdue() {
        assertThat(comparator.compare(null)).isFalse();
        assertThat(comparator.compare("")).isFalse();
        assertThat(comparator.compare("next week")).isFalse();
    }

    @Test
    void anUnknownTimeZoneFailsAtStartUp() {
        assertThatThrownBy(() -> comparator.setTimeZone("Asia/Hanoi_City")).hasMessageContaining("Asia/Hanoi_City");
    }
}
