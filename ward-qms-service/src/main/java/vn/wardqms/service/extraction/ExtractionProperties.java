package vn.wardqms.service.extraction;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import vn.wardqms.service.config.InvalidConfigurationException;

/**
 * Reading the cover page of uploaded documents ({@code ward-qms.extraction.*}).
 *
 * @param prefill whether uploaded drafts get their empty properties filled from their cover page
 * @param maxSize the largest file read (1 KB to 200 MB); a larger one is noted on the document and left alone
 * @param timeout the longest one file may take to read (1 second to 2 minutes)
 * @param maxCharacters how much of a document's text is read at most (the cover and its amendment table come first)
 */
@ConfigurationProperties("ward-qms.extraction")
public record ExtractionProperties(boolean prefill, DataSize maxSize, Duration timeout, int maxCharacters) {
    public ExtractionProperties {
        if (maxSize == null || maxSize.toBytes() < 1024 || maxSize.toMegabytes() > 200) {
            throw new InvalidConfigurationException("ward-qms.extraction.max-size", "must be from 1KB to 200MB, not " + maxSize);
        }
        if (timeout == null || timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new InvalidConfigurationException("ward-qms.extraction.timeout", "must be from PT1S to PT2M, not " + timeout);
        }
        if (maxCharacters < 10_000 || maxCharacters > 10_000_000) {
            throw new InvalidConfigurationException("ward-qms.extraction.max-characters", "must be from 10000 to 10000000, not " + maxCharacters);
        }
    }

    public ExtractionLimits limits() {
        return new ExtractionLimits(maxSize.toBytes(), timeout, maxCharacters);
    }
}
