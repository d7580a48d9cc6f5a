package vn.wardqms.service;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.wardqms.service.config.InvalidConfigurationException;
import vn.wardqms.service.extraction.CoverPageExtractor;
import vn.wardqms.service.extraction.ExtractCommand;
import vn.wardqms.service.extraction.ExtractionLimits;
import vn.wardqms.service.provisioning.ProvisioningReport;
import vn.wardqms.service.provisioning.ProvisioningService;
import vn.wardqms.service.reports.ReportCommand;

/**
 * The Ward QMS service. {@code java -jar ward-qms-service.jar} runs it (events, reconciliation, health);
 * {@code java -jar ward-qms-service.jar provision} provisions the QMS site and exits; {@code ... report ...} writes reports;
 * {@code ... extract FILE...} prints the cover pages of documents (no repository, broker or configuration needed).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WardQmsServiceApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ExtractCommand.COMMAND)) {
            System.exit(extract(args));
        }
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

    /**
     * {@code extract FILE...}: cover pages as JSON lines (see {@link ExtractCommand}). It reads local files only, so it
     * starts no Spring context: it works on a laptop with no repository, broker or password configured.
     */
    static int extract(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        quietLogging();
        return new ExtractCommand(new CoverPageExtractor(ExtractionLimits.DEFAULT)).run(Arrays.asList(args).subList(1, args.length), out, err);
    }

    /**
     * Without Spring Boot's logging set-up, Logback would print every library's debug output on standard output, among
     * the JSON lines: only errors are logged, on standard error.
     */
    private static void quietLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("ward-qms-service extract: %level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.ERROR);
        root.addAppender(console);
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
