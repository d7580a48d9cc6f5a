package vn.wardqms.service.config;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything the service is configured with ({@code ward-qms.*}), checked when it is bound: a missing or invalid
 * value stops the service with one line naming the property. Secrets (the passwords) come from the environment
 * only (ACS_PASSWORD, BROKER_PASSWORD); nothing secret has a default.
 *
 * @param acs the repository and the service account the service acts as
 * @param broker the ActiveMQ broker that carries the repository's events
 * @param siteId the Share site that holds the QMS
 * @param units the ward's units (phòng, ban): installation data, the seed's four by default
 * @param sweepInterval how often the reconciliation sweep runs
 * @param provisionOnStartup provision the site at start-up (otherwise: {@code java -jar ward-qms-service.jar provision})
 */
@ConfigurationProperties("ward-qms")
public record QmsProperties(Acs acs, Broker broker, String siteId, List<Unit> units, Duration sweepInterval,
                            boolean provisionOnStartup) {
    private static final Pattern SITE_ID = Pattern.compile("[A-Za-z0-9-]{1,72}");
    private static final Pattern UNIT_ID = Pattern.compile("[A-Z0-9_]{1,32}");

    public QmsProperties {
        if (acs == null) {
            throw new InvalidConfigurationException("ward-qms.acs.url", "is not set: give the repository URL in ACS_URL");
        }
        if (broker == null) {
            throw new InvalidConfigurationException("ward-qms.broker.url", "is not set: give the broker URL in BROKER_URL");
        }
        siteId = Check.matches("ward-qms.site-id", siteId, SITE_ID, "a site short name (letters, digits, '-'; at most 72)");
        if (units == null || units.isEmpty()) {
            throw new InvalidConfigurationException("ward-qms.units", "is empty: list the ward's units (id and name)");
        }
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            String property = "ward-qms.units[" + i + "]";
            if (unit == null) {
                throw new InvalidConfigurationException(property, "is empty");
            }
            Check.matches(property + ".id", unit.id(), UNIT_ID, "upper-case letters, digits or '_' (at most 32)");
            Check.required(property + ".name", unit.name(), null);
            if (!ids.add(unit.id())) {
                throw new InvalidConfigurationException(property + ".id", "repeats unit id '" + unit.id() + "'");
            }
            if (!names.add(unit.name().trim())) {
                throw new InvalidConfigurationException(property + ".name", "repeats unit name '" + unit.name().trim() + "'");
            }
        }
        units = List.copyOf(units);
        sweepInterval = Check.between("ward-qms.sweep-interval", sweepInterval, Duration.ofMinutes(1), Duration.ofDays(1));
    }

    /**
     * @param url e.g. http://alfresco:8080 (the API paths are the repository's own)
     * @param username the service account (a member of ALFRESCO_ADMINISTRATORS only where provisioning needs it)
     * @param password from the environment variable ACS_PASSWORD
     */
    public record Acs(String url, String username, String password) {
        public Acs {
            URI uri = Check.url("ward-qms.acs.url", url, List.of("http", "https"), "give the repository URL in ACS_URL");
            url = uri.toString().replaceAll("/+$", "");
            username = Check.required("ward-qms.acs.username", username, "give the service account in ACS_USERNAME");
            password = Check.required("ward-qms.acs.password", password,
                    "give the service account's password in the environment variable ACS_PASSWORD");
        }

        @Override
        public String toString() {
            return "Acs[url=" + url + ", username=" + username + ", password=****]";
        }
    }

    /**
     * @param url e.g. tcp://activemq:61616 or failover:(tcp://activemq:61616)
     * @param topic the repository's event topic
     */
    public record Broker(String url, String topic, String username, String password) {
        public Broker {
            String given = Check.required("ward-qms.broker.url", url, "give the broker URL in BROKER_URL");
            String inner = given.startsWith("failover:") ? given.replaceFirst("^failover:\\(?", "").replaceFirst("[),].*$", "") : given;
            Check.url("ward-qms.broker.url", inner, List.of("tcp", "ssl", "nio", "nio+ssl", "vm"), "give the broker URL in BROKER_URL");
            url = given;
            topic = Check.required("ward-qms.broker.topic", topic, null);
            username = username == null || username.isBlank() ? null : username.trim();
            password = password == null || password.isBlank() ? null : password;
        }

        @Override
        public String toString() {
            return "Broker[url=" + url + ", topic=" + topic + ", username=" + username + ", password=****]";
        }
    }

    /** A unit of the ward People's Committee: its id (used in group names) and its name as staff know it. */
    public record Unit(String id, String name) {
    }
}
