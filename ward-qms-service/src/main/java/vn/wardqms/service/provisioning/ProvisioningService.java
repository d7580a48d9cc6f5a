package vn.wardqms.service.provisioning;

import java.time.Clock;
import java.time.LocalDate;

import vn.wardqms.service.config.QmsProperties;

/** Provisions the configured site for the current year (the records folders are per year). */
public class ProvisioningService {
    public static final String COMMAND = "provision";

    private final QmsProperties properties;
    private final Provisioner provisioner;
    private final Clock clock;

    public ProvisioningService(QmsProperties properties, Provisioner provisioner, Clock clock) {
        this.properties = properties;
        this.provisioner = provisioner;
        this.clock = clock;
    }

    public ProvisioningReport provision() {
        return provisioner.provision(SiteLayout.of(properties, LocalDate.now(clock).getYear()));
    }
}
