package vn.wardqms.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.wardqms.service.WardQmsServiceApplication;

/** Configuration is bound as Spring Boot binds it; every bad value is refused with one line naming it. */
class QmsPropertiesTest {

    private static Map<String, String> good() {
        Map<String, String> p = new HashMap<>();
        p.put("ward-qms.acs.url", "http://alfresco:8080/");
        p.put("ward-qms.acs.username", "ward-qms-service");
        p.put("ward-qms.acs.password", "s3cret");
        p.put("ward-qms.broker.url", "failover:(tcp://activemq:61616)");
        p.put("ward-qms.broker.topic", "alfresco.repo.event2");
        p.put("ward-qms.site-id", "ward-qms");
        p.put("ward-qms.sweep-interval", "PT15M");
        p.put("ward-qms.units[0].id", "VHXH");
        p.put("ward-qms.units[0].name", "Phòng Văn hóa - Xã hội");
        p.put("ward-qms.units[1].id", "VP");
        p.put("ward-qms.units[1].name", "Văn phòng HĐND và UBND");
        return p;
    }

    private static QmsProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bind("ward-qms", QmsProperties.class).get();
    }

    @Test
    void goodConfigurationBinds() {
        QmsProperties p = bind(good());
        assertThat(p.acs().url()).isEqualTo("http://alfresco:8080");
        assertThat(p.units()).extracting(QmsProperties.Unit::name).containsExactly("Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND");
        assertThat(p.sweepInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.acs().toString()).doesNotContain("s3cret");
    }

    @Test
    void everyBadValueIsNamedInOneLine() {
        assertRefused("ward-qms.acs.password", "",
                "ward-qms.acs.password is not set: give the service account's password in the environment variable ACS_PASSWORD");
        assertRefused("ward-qms.acs.url", "alfresco:8080", "ward-qms.acs.url must be a http or https URL, not 'alfresco:8080'");
        assertRefused("ward-qms.broker.url", "amqp://activemq", "ward-qms.broker.url must be a tcp or ssl or nio or nio+ssl or vm URL");
        assertRefused("ward-qms.site-id", "ward qms", "ward-qms.site-id must be a site short name");
        assertRefused("ward-qms.sweep-interval", "PT10S", "ward-qms.sweep-interval must be between PT1M and PT24H, not PT10S");
        assertRefused("ward-qms.units[1].id", "vp", "ward-qms.units[1].id must be upper-case letters, digits or '_' (at most 32), not 'vp'");
        assertRefused("ward-qms.units[1].id", "VHXH", "ward-qms.units[1].id repeats unit id 'VHXH'");
        assertRefused("ward-qms.units[1].name", " ", "ward-qms.units[1].name is not set");
    }

    private static void assertRefused(String property, String value, String message) {
        Map<String, String> values = good();
        values.put(property, value);
        assertThatThrownBy(() -> bind(values)).satisfies(e -> {
            InvalidConfigurationException invalid = WardQmsServiceApplication.invalidConfiguration(e);
            assertThat(invalid).as("configuration error behind " + e).isNotNull();
            assertThat(invalid.getMessage()).startsWith(message).doesNotContain("\n");
        });
    }
}
