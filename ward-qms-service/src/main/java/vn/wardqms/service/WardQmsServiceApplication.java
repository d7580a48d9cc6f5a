package vn.wardqms.service;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.wardqms.service.config.InvalidConfigurationException;
import vn.wardqms.service.provisioning.ProvisioningReport;
import vn.wardqms.service.provisioning.ProvisioningService;
import vn.wardqms.service.reports.ReportCommand;

/**
 * The Ward QMS service. {@code java -jar ward-qms-service.jar} runs it (events, reconciliation, health);
 * {@code java -jar ward-qms-service.jar provision} provisions the QMS site and exits; {@code ... report ...} writes reports.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WardQmsServiceApplication {

    public static void main(String[] args) {
        try {
            if (Arrays.asList(args).contains(ProvisioningService.COMMAND)) {
                System.exit(provision(args));
            }
            if (Arrays.asList(args).contains(ReportCommand.COMMAND)) {
                System.exit(report(args));
            }
            SpringApplication.run(WardQmsServiceApplication.class, args);
        } catch (RuntimeException e) {
            InvalidConfigurationException invalid = invalidConfiguration(e);
            if (invalid == null) {
                throw e;
            }
            System.err.println("ward-qms-service: configuration: " + invalid.getMessage());
            System.exit(2);
        }
    }

    /**
     * {@code provision}: provisions the site and exits — 0 when all is in place, 3 when conflicts were found (they are
     * listed, and left as they are). No web server, no event listener.
     */
    static int provision(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(WardQmsServiceApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.jms.listener.auto-startup=false", "ward-qms.reconciliation.enabled=false")
                .run(args);
        ProvisioningReport report = context.getBean(ProvisioningService.class).provision();
        System.out.println("ward-qms-service provision: " + report.summary());
        report.writes().forEach(w -> System.out.println("  created " + w));
        report.conflicts().forEach(c -> System.out.println("  CONFLICT " + c));
        return SpringApplication.exit(context, () -> report.conflicts().isEmpty() ? 0 : 3);
    }

    /** {@code report ...}: writes reports (see {@link ReportCommand}) and exits. */
    static int report(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(WardQmsServiceApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.jms.listener.auto-startup=false", "ward-qms.reconciliation.enabled=false", "ward-qms.reports.enabled=false")
                .run(args);
        int code;
        try {
            code = context.getBean(ReportCommand.class).run(Arrays.asList(args), System.out, System.err);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("ward-qms-service report: failed: " + e.getMessage());
            code = 1;
        }
        int exit = code;
        return SpringApplication.exit(context, () -> exit);
    }

    /** The configuration error behind a start-up failure, if that is what it was. */
    public static InvalidConfigurationException invalidConfiguration(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidConfigurationException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
