package vn.wardqms.service;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import vn.wardqms.service.operations.CommandLine;
import vn.wardqms.service.operations.OneShot;
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
        // The command line is checked before anything starts: help and mistakes answer at once, without Spring.
        CommandLine.Parsed parsed = CommandLine.parse(args);
        if (parsed instanceof CommandLine.Help help) {
            utf8(FileDescriptor.out).println(help.text());
            System.exit(0);
        }
        if (parsed instanceof CommandLine.Mistake mistake) {
            utf8(FileDescriptor.err).println(mistake.message());
            System.exit(2);
        }
        if (parsed instanceof CommandLine.Extract) {
            System.exit(extract(args));
        }
        try {
            if (parsed instanceof CommandLine.Provision || parsed instanceof CommandLine.Report) {
                boolean debug = Arrays.asList(args).contains("--debug");
                Duration limit;
                try {
                    limit = CommandLine.commandTimeout(args, System.getenv("WARD_QMS_COMMAND_TIMEOUT"));
                } catch (java.time.format.DateTimeParseException e) {
                    utf8(FileDescriptor.err).println("ward-qms-service: configuration: WARD_QMS_COMMAND_TIMEOUT=" + System.getenv("WARD_QMS_COMMAND_TIMEOUT")
                            + " is not a time: give e.g. PT60S or 60s");
                    System.exit(2);
                    return;
                }
                PrintStream err = utf8(FileDescriptor.err);
                boolean provisioning = parsed instanceof CommandLine.Provision;
                System.exit(OneShot.run(provisioning ? "provision" : "report", limit, debug, err,
                        () -> provisioning ? provision(args) : report(args)));
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
        ProvisioningReport report;
        try {
            report = context.getBean(ProvisioningService.class).provision();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        System.out.println("ward-qms-service provision: " + report.summary());
        report.writes().forEach(w -> System.out.println("  created " + w));
        report.conflicts().forEach(c -> System.out.println("  CONFLICT " + c));
        return SpringApplication.exit(context, () -> report.conflicts().isEmpty() ? 0 : 3);
    }

    /** {@code report ...}: writes reports (see {@link ReportCommand}) and exits. */
    static int report(String[] args) throws java.io.IOException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(WardQmsServiceApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.jms.listener.auto-startup=false", "ward-qms.reconciliation.enabled=false", "ward-qms.reports.enabled=false")
                .run(args);
        try {
            int code = context.getBean(ReportCommand.class).run(Arrays.asList(args), System.out, System.err);
            return SpringApplication.exit(context, () -> code);
        } finally {
            context.close();
        }
    }

    /**
     * {@code extract FILE...}: cover pages as JSON lines (see {@link ExtractCommand}). It reads local files only, so it
     * starts no Spring context: it works on a laptop with no repository, broker or password configured.
     */
    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    static int extract(String[] args) {
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
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
