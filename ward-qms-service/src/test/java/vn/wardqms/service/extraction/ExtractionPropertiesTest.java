package vn.wardqms.service.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import vn.wardqms.service.config.InvalidConfigurationException;

/** ward-qms.extraction.*: a limit out of range stops the service naming the property. */
class ExtractionPropertiesTest {

    @Test
    void theDefaultsAreTheLimitsTheCommandUses() {
        ExtractionProperties defaults = new ExtractionProperties(true, DataSize.ofMegabytes(20), Duration.ofSeconds(10), 200_000);
        assertThat(defaults.limits()).isEqualTo(ExtractionLimits.DEFAULT);
    }

    @Test
    void limitsOutOfRangeAreRefusedByName() {
        assertThatThrownBy(() -> new ExtractionProperties(true, DataSize.ofGigabytes(1), Duration.ofSeconds(10), 200_000))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("ward-qms.extraction.max-size");
        assertThatThrownBy(() -> new ExtractionProperties(true, DataSize.ofMegabytes(20), Duration.ofMinutes(10), 200_000))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("ward-qms.extraction.timeout");
        assertThatThrownBy(() -> new ExtractionProperties(true, DataSize.ofMegabytes(20), Duration.ofSeconds(10), 10))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("ward-qms.extraction.max-characters");
    }
}
