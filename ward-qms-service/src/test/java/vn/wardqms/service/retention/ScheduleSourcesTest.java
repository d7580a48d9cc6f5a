package vn.wardqms.service.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The shipped schedule as the records officer relies on it: it holds the record types of the quality manual's
 * procedures, and an entry is marked verified only where docs/retention-sources.md quotes the legal text and names
 * where it was read.
 */
class ScheduleSourcesTest {
    private static final Path SOURCES = Path.of("..", "docs", "retention-sources.md");

    static RetentionSchedule shipped() throws IOException {
        try (InputStream in = ScheduleSourcesTest.class.getResourceAsStream("/retention/schedule.yml")) {
            return RetentionSchedule.read(in, "retention/schedule.yml");
        }
    }

    /**
     * What is wrong with the verified entries: each needs a section in the sources whose heading names its code, with a
     * quote of the text ("> ...") and a source address.
     */
    static List<String> unsupported(RetentionSchedule schedule, String sources) {
        List<String> problems = new ArrayList<>();
        for (RecordType type : schedule.types()) {
            if (!type.basis().verified()) {
                continue;
            }
            String section = section(sources, type.code());
            if (section == null) {
                problems.add(type.code() + ": verified, but docs/retention-sources.md has no section headed with its code");
            } else if (!section.lines().anyMatch(l -> l.startsWith("> "))) {
                problems.add(type.code() + ": verified, but its section quotes nothing from the legal text");
            } else if (!section.contains("https://") && !section.contains("http://")) {
                problems.add(type.code() + ": verified, but its section names no source address");
            }
        }
        return problems;
    }

    private static String section(String markdown, String code) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#") && lines[i].contains(code)) {
                StringBuilder body = new StringBuilder();
                for (int j = i + 1; j < lines.length && !lines[j].startsWith("#"); j++) {
                    body.append(lines[j]).append('\n');
                }
                return body.toString();
            }
        }
        return null;
    }

    @Test
    void everyVerifiedPeriodIsQuotedWithItsSource() throws IOException {
        assertThat(unsupported(shipped(), Files.readString(SOURCES, StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aPeriodMarkedVerifiedWithoutAQuoteIsCaught() {
        RetentionSchedule schedule = RetentionScheduleTest.read(RetentionScheduleTest.GOOD.replaceFirst("verified: false", "verified: true"));
        assertThat(unsupported(schedule, "# Sources\n\n### QLCL.03\n\nSomething.\n"))
                .containsExactly("QLCL.02: verified, but docs/retention-sources.md has no section headed with its code");
        assertThat(unsupported(schedule, "### QLCL.02 — internal audit\n\nRead at https://example.org/tt.\n"))
                .containsExactly("QLCL.02: verified, but its section quotes nothing from the legal text");
        assertThat(unsupported(schedule, "### QLCL.02\n\n> Hồ sơ đánh giá nội bộ: 10 năm\n"))
                .containsExactly("QLCL.02: verified, but its section names no source address");
        assertThat(unsupported(schedule, "### QLCL.02\n\n> Hồ sơ đánh giá nội bộ: 10 năm\n\nhttps://example.org/tt\n")).isEmpty();
    }

    @Test
    void theScheduleHoldsTheRecordsOfTheManualsProcedures() throws IOException {
        RetentionSchedule schedule = shipped();
        // Internal audit, management review, corrective action, risks, quality objectives, complaints, one-stop cases.
        assertThat(schedule.types()).extracting(RecordType::code)
                .contains("QLCL.03", "QLCL.04", "QLCL.05", "QLCL.07", "QLCL.02", "KNTC.01", "MC.01", "LT.01");
        for (RecordType type : schedule.types()) {
            assertThat(type.permanent() || (type.years() >= 2 && type.years() <= 70)).as(type.code()).isTrue();
            assertThat(type.basis().text()).as(type.code()).isNotBlank();
            assertThat(type.basis().article()).as(type.code()).isNotBlank();
            assertThat(type.basis().row()).as(type.code()).isNotBlank();
        }
    }
}
