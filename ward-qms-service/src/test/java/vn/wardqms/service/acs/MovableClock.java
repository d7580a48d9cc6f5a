package vn.wardqms.service.acs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.wardqms.service.config.ClockConfiguration;

/** The office's clock, moved by a test through a document's or a file's life (months and years in a few lines). */
public final class MovableClock extends Clock {
    /** The service's clock in tests that {@code @Import(MovableClock.Office.class)} (they share one Spring context). */
    public static final MovableClock OFFICE = new MovableClock(Instant.parse("2026-11-20T04:00:00Z"));

    @TestConfiguration
    public static class Office {
        @Bean
        @Primary
        Clock officeClock() {
            return OFFICE;
        }
    }

    public volatile Instant now;

    public MovableClock(Instant start) {
        now = start;
    }

    @Override
    public ZoneId getZone() {
        return ClockConfiguration.OFFICE_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
