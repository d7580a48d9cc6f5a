package vn.wardqms.service.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The retention schedule as a records officer writes it: good files load, every mistake is named by file, line and field. */
class RetentionScheduleTest {
    static final String GOOD = """
            # Bảng thời hạn lưu trữ (thử nghiệm)
            record-types:
              - code: QLCL.02
                name: { vi: Hồ sơ đánh giá nội bộ, en: Internal audit records }
                retention: 10
                starts: END_OF_YEAR
                disposition: DESTROY
                basis: { text: Thông tư 10/2022/TT-BNV, article: Phụ lục, row: "thử", verified: false }
              - code: MC.01
                name: { vi: Hồ sơ giải quyết thủ tục hành chính, en: One-stop-shop case files }
                retention: 5
                starts: CASE_CLOSED
                disposition: REVIEW
                basis: { text: Văn bản thử, article: Điều thử, row: "—", verified: false }
              - code: QLCL.01
                name: { vi: Hồ sơ xây dựng hệ thống quản lý chất lượng, en: QMS establishment records }
                retention: permanent
                transfer-after: 5
                starts: FILE_CLOSED
                disposition: TRANSFER
                basis: { text: Văn bản thử, article: Điều thử, row: "—", verified: false }
            """;

    static RetentionSchedule read(String yaml) {
        return RetentionSchedule.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "schedule.yml");
    }

    @Test
    void aGoodScheduleLoadsEveryRecordTypeInOrder() {
        RetentionSchedule schedule = read(GOOD);
        assertThat(schedule.types()).extracting(RecordType::code).containsExactly("QLCL.02", "MC.01", "QLCL.01");
        RecordType audit = schedule.type("QLCL.02").orElseThrow();
        assertThat(audit.nameVi()).isEqualTo("Hồ sơ đánh giá nội bộ");
        assertThat(audit.years()).isEqualTo(10);
        assertThat(audit.basis().verified()).isFalse();
        assertThat(schedule.type("QLCL.01").orElseThrow().permanent()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            years in words       | retention: 10              | retention: mười       | schedule.yml:5: retention: must be a whole number of years from 2 to 70 (the periods the Law on Archives 2024 allows), or 'permanent', not 'mười'
            zero years           | retention: 10              | retention: 0          | schedule.yml:5: retention: must be a whole number of years from 2 to 70 (the periods the Law on Archives 2024 allows), or 'permanent', not '0'
            one year             | retention: 10              | retention: 1          | schedule.yml:5: retention: must be a whole number of years from 2 to 70 (the periods the Law on Archives 2024 allows), or 'permanent', not '1'
            seventy-one years    | retention: 10              | retention: 71         | schedule.yml:5: retention: must be a whole number of years from 2 to 70 (the periods the Law on Archives 2024 allows), or 'permanent', not '71'
            transfer too late    | transfer-after: 5          | transfer-after: 10    | schedule.yml:18: transfer-after: must be a whole number of years from 1 to 5 (the Law on Archives 2024 allows at most 5 years in the current archive), not '10'
            basis without a row  | row: "thử", verified: false | verified: false      | schedule.yml:8: basis.row: is missing
            basis in old words   | text: Văn bản thử, article | document: Văn bản thử, article | schedule.yml:14: document: unknown field
            unknown trigger      | starts: END_OF_YEAR        | starts: YEAR_END      | schedule.yml:6: starts: must be one of [FILE_CLOSED, END_OF_YEAR, CASE_CLOSED], not 'YEAR_END'
            unknown disposition  | disposition: DESTROY       | disposition: BURN     | schedule.yml:7: disposition: must be one of [DESTROY, TRANSFER, REVIEW], not 'BURN'
            typo in a field name | retention: 10              | retension: 10         | schedule.yml:5: retension: unknown field
            lower-case code      | code: QLCL.02              | code: qlcl.02         | schedule.yml:3: code: 'qlcl.02' is not a record type code
            duplicate code       | code: MC.01                | code: QLCL.02         | schedule.yml:9: code: 'QLCL.02' is already defined on line 3
            unverified unstated  | verified: false }\\n  - code: MC.01 | }\\n  - code: MC.01 | schedule.yml:8: basis.verified: is missing
            permanent destroyed  | disposition: TRANSFER      | disposition: DESTROY  | schedule.yml:20: disposition: a permanent record is never destroyed
            """)
    void everyMistakeIsNamedByLineAndField(String what, String good, String bad, String message) {
        String yaml = GOOD.replaceFirst(java.util.regex.Pattern.quote(good.replace("\\n", "\n")),
                java.util.regex.Matcher.quoteReplacement(bad.replace("\\n", "\n")));
        assertThat(yaml).as("the test changes the file").isNotEqualTo(GOOD);
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(ScheduleException.class).hasMessageStartingWith(message);
    }

    @Test
    void aFileThatIsNotAScheduleSaysSo() {
        assertThatThrownBy(() -> read("record-types: [")).hasMessageStartingWith("schedule.yml:1: not valid YAML");
        assertThatThrownBy(() -> read("- a\n- b\n")).hasMessage("schedule.yml:1: must be a mapping with the list 'record-types'");
        assertThatThrownBy(() -> read("record-types: []\n")).hasMessageStartingWith("schedule.yml:1: record-types: must be a non-empty list");
        assertThatThrownBy(() -> RetentionSchedule.read(new ByteArrayInputStream(new byte[] {(byte) 0xC3, 0x28}), "latin.yml"))
                .hasMessage("latin.yml:1: is not UTF-8 text");
        String decomposed = GOOD.replace("Hồ sơ đánh giá nội bộ", java.text.Normalizer.normalize("Hồ sơ đánh giá nội bộ", java.text.Normalizer.Form.NFD));
        assertThatThrownBy(() -> read(decomposed)).hasMessageStartingWith("schedule.yml:4: name.vi: is not in Unicode NFC");
    }

    @Test
    void retentionCountsFromWhatTheScheduleSays() {
        RetentionClassifier classifier = new RetentionClassifier(read(GOOD));
        Classification audit = classifier.classify("QLCL.02", 2024, LocalDate.of(2025, 1, 15), null);
        assertThat(audit.retainUntil()).as("10 years from the end of 2024").isEqualTo(LocalDate.of(2034, 12, 31));
        assertThat(audit.dispositionDue()).isEqualTo(LocalDate.of(2035, 1, 1));
        assertThat(audit.action()).isEqualTo(RecordType.Disposition.DESTROY);

        Classification caseFile = classifier.classify("MC.01", 2025, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 6, 3));
        assertThat(caseFile.retainUntil()).as("5 years from the end of the case").isEqualTo(LocalDate.of(2030, 6, 3));

        Classification permanent = classifier.classify("QLCL.01", 2020, LocalDate.of(2021, 2, 1), null);
        assertThat(permanent.retainUntil()).isNull();
        assertThat(permanent.action()).isEqualTo(RecordType.Disposition.TRANSFER);
        assertThat(permanent.dispositionDue()).as("at most 5 years counted from the year it entered the current archive (closed in 2021)")
                .isEqualTo(LocalDate.of(2026, 12, 31));

        assertThatThrownBy(() -> classifier.classify("XX.9", 2024, LocalDate.of(2025, 1, 1), null))
                .hasMessage("record type 'XX.9' is not in the retention schedule schedule.yml");
        assertThatThrownBy(() -> classifier.classify("MC.01", 2024, null, null)).hasMessageContaining("when it is closed");
    }
}
