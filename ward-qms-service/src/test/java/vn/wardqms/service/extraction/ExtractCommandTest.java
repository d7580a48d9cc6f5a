package vn.wardqms.service.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.wardqms.service.extraction.CoverFixtures.Format;

/** {@code extract FILE...}: one JSON line per file, in order; failures named on standard error and in the exit code. */
class ExtractCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    record Run(int exit, List<JsonNode> lines, String err) {
    }

    private Run run(String... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ExtractCommand(new CoverPageExtractor(ExtractionLimits.DEFAULT)).run(List.of(files),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
        return new Run(exit, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void oneJsonObjectPerFileWithEachFieldsValueSourceAndConfidence() throws Exception {
        Path docx = Files.write(dir.resolve("QT-01 kiểm soát tài liệu.docx"), Format.DOCX.write(CoverFixtures.all().get(1).blocks()));
        Path odt = Files.write(dir.resolve("sổ tay.odt"), Format.ODT.write(CoverFixtures.seed().blocks()));
        Run run = run(docx.toString(), odt.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).hasSize(2);

        JsonNode qt01 = run.lines().get(0);
        assertThat(qt01.get("file").asString()).isEqualTo(docx.toString());
        assertThat(qt01.at("/code/value").asString()).isEqualTo("QT-01");
        assertThat(qt01.at("/code/source").asString()).isEqualTo("Mã hiệu: QT-01");
        assertThat(qt01.at("/code/confidence").asDouble()).isEqualTo(0.95);
        assertThat(qt01.at("/title/value").asString()).isEqualTo("QUY TRÌNH KIỂM SOÁT TÀI LIỆU");
        assertThat(qt01.at("/issuingBody/value").asString()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH");
        assertThat(qt01.at("/issueNumber/value").asInt()).isEqualTo(2);
        assertThat(qt01.at("/issueDate/value").asString()).isEqualTo("2024-03-15");
        assertThat(qt01.at("/effectiveDate/value").asString()).isEqualTo("2024-03-22");
        assertThat(qt01.at("/draftedBy/name/value").asString()).isEqualTo("Đỗ Thị Sương");
        assertThat(qt01.at("/reviewedBy/title/value").asString()).isEqualTo("Phó Trưởng phòng");
        assertThat(qt01.at("/approvedBy/date/value").asString()).isEqualTo("2024-03-15");
        assertThat(qt01.get("amendments")).hasSize(2);
        assertThat(qt01.at("/amendments/1/no").asString()).isEqualTo("2");
        assertThat(qt01.at("/amendments/1/date").asString()).isEqualTo("2024-03-15");
        assertThat(qt01.at("/amendments/1/location").asString()).isEqualTo("Trang 3");
        assertThat(qt01.at("/amendments/1/content").asString()).isEqualTo("Cập nhật theo Nghị định 30");
        assertThat(qt01.at("/amendments/1/revision").asString()).isEqualTo("02");

        JsonNode manual = run.lines().get(1);
        assertThat(manual.at("/code/value").asString()).isEqualTo("STCL");
        assertThat(manual.has("issueDate")).as("not on the seed's cover: absent, not null").isFalse();
        assertThat(manual.has("amendments")).isFalse();
        assertThat(manual.at("/draftedBy").has("date")).isFalse();
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndTheOthersStillRead() throws Exception {
        Path empty = Files.createFile(dir.resolve("trống.pdf"));
        Path good = Files.write(dir.resolve("tốt.pdf"), Format.PDF.write(CoverFixtures.all().get(3).blocks()));
        Run run = run(empty.toString(), good.toString(), dir.resolve("không-có.doc").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).hasSize(3);
        assertThat(run.lines().get(0).at("/error/problem").asString()).isEqualTo("EMPTY");
        assertThat(run.lines().get(0).at("/error/message").asString()).isEqualTo(empty + ": the file is empty (0 bytes)");
        assertThat(run.lines().get(1).at("/code/value").asString()).isEqualTo("KH-ISO-02");
        assertThat(run.lines().get(2).at("/error/problem").asString()).isEqualTo("UNREADABLE");
        assertThat(run.err().lines().toList()).containsExactly("ward-qms-service extract: " + empty + ": the file is empty (0 bytes)",
                "ward-qms-service extract: " + dir.resolve("không-có.doc") + ": no such file");
    }

    @Test
    void noFileIsAUsageError() {
        Run run = run();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("give one or more files (DOCX, DOC, ODT or PDF)");
    }
}
