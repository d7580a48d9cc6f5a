package vn.wardqms.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.wardqms.service.acs.FakeAcs;

/** The packaged service as an administrator runs it: java -jar ward-qms-service.jar [provision]. */
class ServiceJarIT {
    private static final Path JAR = Path.of(System.getProperty("wardqms.service.jar", "target/ward-qms-service.jar"));

    record Run(int exit, String out, String err) {
    }

    @Test
    void aMissingSecretStopsTheServiceWithOneLineNamingIt() throws Exception {
        Run run = java(Map.of("ACS_URL", "http://127.0.0.1:9"), List.of());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().lines().toList()).containsExactly(
                "ward-qms-service: configuration: ward-qms.acs.password is not set: "
                        + "give the service account's password in the environment variable ACS_PASSWORD");
    }

    @Test
    void provisionBuildsTheSiteThenFindsItInPlace() throws Exception {
        try (FakeAcs acs = FakeAcs.start()) {
            Map<String, String> env = Map.of("ACS_URL", acs.url(), "ACS_PASSWORD", "test-only",
                    "BROKER_URL", FakeAcs.embeddedBroker("jar-it"));
            Run first = java(env, List.of("provision"));
            assertThat(first.exit()).as(first.out() + first.err()).isZero();
            assertThat(first.out()).contains("ward-qms-service provision: ", "created site ward-qms", "created folder Tài liệu lỗi thời");

            int writes = acs.writes();
            Run second = java(env, List.of("provision"));
            assertThat(second.exit()).isZero();
            assertThat(second.out()).contains("ward-qms-service provision: 0 write(s)", "0 conflict(s)");
            assertThat(acs.writes()).isEqualTo(writes);
            assertThat(acs.violations()).isEmpty();
        }
    }

    @Test
    void extractReadsCoverPagesWithNoRepositoryBrokerOrPasswordConfigured(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path cover = dir.resolve("sổ tay chất lượng.docx");
        java.nio.file.Files.write(cover, vn.wardqms.service.extraction.ExtractionFixtures.seedCoverDocx());
        Run run = java(Map.of(), List.of("extract", cover.toString(), dir.resolve("không-có.pdf").toString()));
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"file\":\"" + cover + "\",\"code\":{\"value\":\"STCL\"")
                .contains("\"title\":{\"value\":\"SỔ TAY CHẤT LƯỢNG\"", "\"approvedBy\":{\"name\":{\"value\":\"Nguyễn Hoạt\"");
        assertThat(lines.get(1)).contains("\"problem\":\"UNREADABLE\"");
        assertThat(run.err().strip()).isEqualTo("ward-qms-service extract: " + dir.resolve("không-có.pdf") + ": no such file");
    }

    @Test
    void helpAndMistakesAnswerAtOnceWithoutStartingTheService() throws Exception {
        long started = System.nanoTime();
        Run help = java(Map.of(), List.of("--help"));
        long helpMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("usage: java -jar ward-qms-service.jar [COMMAND]").contains("provision", "report", "extract");
        assertThat(help.err()).isEmpty();
        System.out.println("ward-qms-service --help answered in " + helpMillis + " ms (JVM start included)");
        assertThat(helpMillis).as("no Spring context: well under the time the service takes to start").isLessThan(5_000);

        Run extractHelp = java(Map.of(), List.of("extract", "--help"));
        assertThat(extractHelp.exit()).isZero();
        assertThat(extractHelp.out()).startsWith("usage: java -jar ward-qms-service.jar extract FILE...");

        Run unknown = java(Map.of(), List.of("provison"));
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("ward-qms-service: unknown command 'provison': the commands are provision, report,"
                + " extract and help (java -jar ward-qms-service.jar --help)");
        assertThat(unknown.out()).isEmpty();

        Run format = java(Map.of(), List.of("report", "register", "--format=docx", "--out=register.docx"));
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err().strip()).isEqualTo("ward-qms-service report: --format=docx is not a format: html, csv or xlsx");
    }

    @Test
    void provisionAgainstARepositoryThatIsNotThereEndsWithOneLineNamingHostAndCause() throws Exception {
        Run refused = java(Map.of("ACS_URL", "http://127.0.0.1:9", "ACS_PASSWORD", "test-only"), List.of("provision"));
        assertThat(refused.exit()).as(refused.err()).isEqualTo(1);
        assertThat(refused.err().strip().lines().reduce((a, b) -> b).orElse("")).isEqualTo("ward-qms-service provision: failed: http://127.0.0.1:9:"
                + " the connection was refused (is the repository, or the broker, up and at this address?)");
        assertThat(refused.err()).as("no stack trace without --debug").doesNotContain("\tat ", "Exception:");

        Run unknown = java(Map.of("ACS_URL", "http://alfresco.invalid:8080", "ACS_PASSWORD", "test-only"), List.of("provision"));
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err().strip().lines().reduce((a, b) -> b).orElse(""))
                .isEqualTo("ward-qms-service provision: failed: http://alfresco.invalid:8080: no such host (check ACS_URL or BROKER_URL)");

        Run debug = java(Map.of("ACS_URL", "http://127.0.0.1:9", "ACS_PASSWORD", "test-only"), List.of("provision", "--debug"));
        assertThat(debug.exit()).isEqualTo(1);
        assertThat(debug.err()).contains("ward-qms-service provision: failed: http://127.0.0.1:9", "\tat ");
    }

    @Test
    void withItsBrokerAwayTheServiceStartsAndStopsOnSigterm() throws Exception {
        try (FakeAcs acs = FakeAcs.start()) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().keySet().removeIf(k -> k.startsWith("ACS_") || k.startsWith("BROKER_") || k.startsWith("WARD_QMS_"));
            builder.environment().putAll(Map.of("ACS_URL", acs.url(), "ACS_PASSWORD", "test-only", "BROKER_URL", "failover:(tcp://127.0.0.1:9)",
                    "SERVER_PORT", "0", "WARD_QMS_SWEEP_INTERVAL", "PT1H"));
            Path log = java.nio.file.Files.createTempFile("ward-qms-service", ".log");
            builder.redirectOutput(log.toFile());
            Process process = builder.start();
            try {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (System.nanoTime() < until && !java.nio.file.Files.readString(log, StandardCharsets.UTF_8).contains("Started WardQmsServiceApplication")) {
                    assertThat(process.isAlive()).as(java.nio.file.Files.readString(log, StandardCharsets.UTF_8)).isTrue();
                    Thread.sleep(200);
                }
                assertThat(java.nio.file.Files.readString(log, StandardCharsets.UTF_8)).as("started although the broker is away")
                        .contains("Started WardQmsServiceApplication");
                long stopping = System.nanoTime();
                process.destroy(); // SIGTERM
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM within the shutdown timeout").isTrue();
                System.out.println("ward-qms-service stopped " + (System.nanoTime() - stopping) / 1_000_000 + " ms after SIGTERM, its broker away");
            } finally {
                process.destroyForcibly();
                java.nio.file.Files.deleteIfExists(log);
            }
        }
    }

    private static Run java(Map<String, String> env, List<String> args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("ACS_") || k.startsWith("BROKER_") || k.startsWith("WARD_QMS_"));
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", "0");
        Path err = java.nio.file.Files.createTempFile("ward-qms-service", ".err");
        builder.redirectError(err.toFile()); // read apart from stdout, so neither pipe can fill up and block
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String errors = java.nio.file.Files.readString(err, StandardCharsets.UTF_8);
        java.nio.file.Files.delete(err);
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), errors);
    }
}
