package vn.wardqms.service.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Records and retention ({@code ward-qms.retention.*}).
 *
 * @param schedule where the retention schedule is: a file path or a classpath: location (default: the ward's schedule
 *                 shipped with the service, retention/schedule.yml)
 */
@ConfigurationProperties("ward-qms.retention")
public record RetentionProperties(String schedule) {
    public static final String DEFAULT_SCHEDULE = "classpath:retention/schedule.yml";

    public RetentionProperties {
        schedule = schedule == null || schedule.isBlank() ? DEFAULT_SCHEDULE : schedule.strip();
    }
}
