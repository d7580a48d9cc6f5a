package vn.wardqms.service.operations;

import org.alfresco.core.handler.ProbesApi;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The repository is reachable and ready: its readiness probe (GET /probes/-ready-) answers. */
@Component("acs")
public class AcsHealthIndicator implements HealthIndicator {
    private final ProbesApi probes;

    public AcsHealthIndicator(ProbesApi probes) {
        this.probes = probes;
    }

    @Override
    public Health health() {
        try {
            var probe = probes.getProbe("-ready-").getBody();
            return Health.up().withDetail("probe", probe == null || probe.getEntry() == null ? "ready" : probe.getEntry().getMessage()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())).build();
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
