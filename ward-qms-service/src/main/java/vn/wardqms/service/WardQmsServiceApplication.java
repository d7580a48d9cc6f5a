package vn.wardqms.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.wardqms.service.config.InvalidConfigurationException;

/**
 * The Ward QMS service. {@code java -jar ward-qms-service.jar} runs it (events, reconciliation, health);
 * {@code java -jar ward-qms-service.jar provision} provisions the QMS site and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WardQmsServiceApplication {

    public static void main(String[] args) {
        try {
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
