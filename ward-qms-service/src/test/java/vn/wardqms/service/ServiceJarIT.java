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
