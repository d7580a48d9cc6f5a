package vn.wardqms.service.extraction;

import java.time.Duration;

/**
 * What one extraction may cost: documents come from users and are untrusted, so a file that is too big, takes too long
 * or inflates to too much text is refused (or, for text, read only as far as the limit) rather than allowed to take
 * the service's memory or time.
 *
 * @param maxBytes the largest file read at all (the cover page of a real document is far smaller)
 * @param timeout the longest one parse may take
 * @param maxChars the most text read from a document: the cover and the amendment table come first, the rest is not needed
 */
public record ExtractionLimits(long maxBytes, Duration timeout, int maxChars) {
    /** 20 MB, 10 s, 200,000 characters. */
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(20L * 1024 * 1024, Duration.ofSeconds(10), 200_000);

    public ExtractionLimits {
        if (maxBytes < 1 || timeout == null || timeout.isNegative() || timeout.isZero() || maxChars < 1_000) {
            throw new IllegalArgumentException("extraction limits must be positive (at least 1,000 characters): "
                    + maxBytes + " bytes, " + timeout + ", " + maxChars + " characters");
        }
    }
}
