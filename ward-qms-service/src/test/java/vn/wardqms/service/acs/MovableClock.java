package vn.wardqms.service.acs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import vn.wardqms.service.config.ClockConfiguration;

/** The office's clock, moved by a test through a document's or a file's life (months and years in a few lines). */
public final class MovableClock extends Clock {
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
