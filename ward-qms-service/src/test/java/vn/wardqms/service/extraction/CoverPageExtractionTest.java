package vn.wardqms.service.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.wardqms.service.extraction.CoverFixtures.Fixture;
import vn.wardqms.service.extraction.CoverFixtures.Format;

/** Cover pages written as DOCX, PDF and ODT, read back through real Tika: every field as printed, nothing invented. */
class CoverPageExtractionTest {
    private static final CoverPageExtractor EXTRACTOR = new CoverPageExtractor(ExtractionLimits.DEFAULT);

    static Stream<Arguments> covers() {
        List<Arguments> all = new ArrayList<>();
        for (Fixture fixture : CoverFixtures.all()) {
            for (Format format : Format.values()) {
                all.add(Arguments.of(fixture.name(), format, fixture));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("covers")
    void everyFieldOfTheCoverIsReadAndNothingElse(String name, Format format, Fixture fixture) throws Exception {
        CoverPage cover = EXTRACTOR.extract(format.write(fixture.blocks()), name + "." + format.extension());
        assertThat(CoverFixtures.flatten(cover)).containsExactlyInAnyOrderEntriesOf(fixture.expected());
    }

    @Test
    void theSeedsOwnCoverAsPrinted() {
        CoverPage cover = EXTRACTOR.extract(CoverFixtures.seedText());
        assertThat(CoverFixtures.flatten(cover)).containsExactlyInAnyOrderEntriesOf(CoverFixtures.seed().expected());
        // "MÃ HIỆU: STCL 2": the code is read, but with less confidence since more follows it on the line.
        assertThat(cover.code().orElseThrow().source()).isEqualTo("MÃ HIỆU: STCL 2");
        assertThat(cover.code().orElseThrow().confidence()).isLessThan(0.9);
        assertThat(cover.issueNumber().orElseThrow().source()).isEqualTo("BAN HÀNH LẦN: 2");
        assertThat(cover.issuingBody().orElseThrow().value()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH");
    }

    @Test
    void eachFieldSaysWhereItCameFromAndHowSureItIs() throws Exception {
        Fixture fixture = CoverFixtures.all().get(1);
        CoverPage cover = EXTRACTOR.extract(Format.DOCX.write(fixture.blocks()), "qt-01.docx");
        assertThat(cover.code().orElseThrow().source()).isEqualTo("Mã hiệu: QT-01");
        assertThat(cover.code().orElseThrow().confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(cover.effectiveDate().orElseThrow().source()).isEqualTo("Ngày hiệu lực: ngày 22 tháng 3 năm 2024");
        assertThat(cover.draftedBy().date().orElseThrow().source()).isEqualTo("Ngày: 10/03/2024");
        assertThat(cover.title().orElseThrow().confidence()).as("found by position, not by a label").isLessThan(0.9);
        assertThat(cover.amendments().get(1).source()).isEqualTo("2|15/03/2024|Trang 3|Cập nhật theo Nghị định 30|02");
    }

    @Test
    void aLowerCaseCodeIsReadInTheModelsUpperCaseWithLessConfidence() throws Exception {
        Fixture fixture = CoverFixtures.all().get(2);
        CoverPage cover = EXTRACTOR.extract(Format.DOCX.write(fixture.blocks()), "hd-03.docx");
        assertThat(cover.code().orElseThrow().value()).isEqualTo("HD-03");
        assertThat(cover.code().orElseThrow().source()).isEqualTo("Mã số: hd-03");
        assertThat(cover.code().orElseThrow().confidence()).isLessThan(0.9);
    }

    @Test
    void decomposedVietnameseComesOutComposed() throws Exception {
        String nfd = Normalizer.normalize("ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH", Normalizer.Form.NFD);
        byte[] docx = CoverFixtures.docx(List.of(CoverFixtures.p(nfd), CoverFixtures.p(Normalizer.normalize("QUY TRÌNH TIẾP DÂN", Normalizer.Form.NFD)),
                CoverFixtures.p(Normalizer.normalize("Mã hiệu: QT-07", Normalizer.Form.NFD))));
        CoverPage cover = EXTRACTOR.extract(docx, "nfd.docx");
        assertThat(cover.issuingBody().orElseThrow().value()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH")
                .matches(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC));
        assertThat(cover.title().orElseThrow().value()).isEqualTo("QUY TRÌNH TIẾP DÂN");
        assertThat(cover.code().orElseThrow().value()).isEqualTo("QT-07");
    }

    @Test
    void theTitleStoredInTheFilesPropertiesIsNotReadAsTheCover() throws Exception {
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(CoverFixtures.docx(List.of(CoverFixtures.p("ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH"),
                        CoverFixtures.p("QUY TRÌNH TIẾP DÂN"), CoverFixtures.p("Mã hiệu: QT-07")))));
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            // Word writes the file name here; Tika gives it as the XHTML head's title.
            doc.getProperties().getCoreProperties().setTitle("Microsoft Word - QT-07 ban cu.doc");
            doc.write(out);
            docx = out.toByteArray();
        }
        CoverPage cover = EXTRACTOR.extract(docx, "qt-07.docx");
        assertThat(cover.title().orElseThrow().value()).isEqualTo("QUY TRÌNH TIẾP DÂN");
        assertThat(cover.issuingBody().orElseThrow().value()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH");
    }

    @Test
    void aPlainNoteUnderABoldTitleIsNotPartOfIt() throws Exception {
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            for (String[] line : new String[][] {{"ỦY BAN NHÂN DÂN PHƯỜNG CAM LINH", "b"}, {"QUY TRÌNH", "b"}, {"ĐÁNH GIÁ NỘI BỘ", "b"},
                    {"(Ban hành kèm theo Quyết định số 45/QĐ-UBND của Ủy ban nhân dân phường)", ""}, {"Mã hiệu: QT-09", ""}}) {
                var run = doc.createParagraph().createRun();
                run.setText(line[0]);
                if (line[1].equals("b")) {
                    run.setBold(true);
                }
                run.setItalic(line[0].startsWith("("));
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        CoverPage cover = EXTRACTOR.extract(docx, "qt-09.docx");
        assertThat(cover.title().orElseThrow().value()).isEqualTo("QUY TRÌNH ĐÁNH GIÁ NỘI BỘ");
        assertThat(cover.title().orElseThrow().confidence()).as("set in bold, as titles are").isGreaterThanOrEqualTo(0.8);
        assertThat(cover.code().orElseThrow().value()).isEqualTo("QT-09");
    }

    @Test
    void anImpossibleDateIsLeftOutNotGuessed() {
        CoverPage cover = EXTRACTOR.extract("QUY TRÌNH A\nMã hiệu: QT-02\nNgày ban hành: 31/02/2024\nNgày hiệu lực: …/…/……");
        assertThat(cover.issueDate()).isEmpty();
        assertThat(cover.effectiveDate()).isEmpty();
        assertThat(cover.code().orElseThrow().value()).isEqualTo("QT-02");
    }

    @Test
    void precisionAndRecallOverEveryFixtureAndFormat() throws Exception {
        Accuracy accuracy = Accuracy.measure(EXTRACTOR, CoverFixtures.all());
        System.out.println("cover-page extraction, field level, fixtures: " + accuracy);
        assertThat(accuracy.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(accuracy.recall()).isGreaterThanOrEqualTo(0.95);
        // Covers the reader was not written against: wrong values must stay rare (precision); some misses are expected.
        Accuracy unseen = Accuracy.measure(EXTRACTOR, CoverFixtures.unseen());
        System.out.println("cover-page extraction, field level, unseen covers: " + unseen);
        assertThat(unseen.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(unseen.recall()).isGreaterThanOrEqualTo(0.6);
    }

    /** Field-level precision and recall of the extraction against the fixtures' ground truth. */
    record Accuracy(int documents, int truePositives, int falsePositives, int falseNegatives) {
        static Accuracy measure(CoverPageExtractor extractor, List<Fixture> fixtures) throws ExtractionException {
            int docs = 0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Fixture fixture : fixtures) {
                for (Format format : Format.values()) {
                    Map<String, String> found = CoverFixtures.flatten(extractor.extract(format.write(fixture.blocks()), fixture.name() + "." + format.extension()));
                    docs++;
                    if (Boolean.getBoolean("wardqms.extraction.verbose")) {
                        System.out.println(fixture.name() + "." + format.extension() + " " + found);
                    }
                    for (Map.Entry<String, String> e : found.entrySet()) {
                        if (e.getValue().equals(fixture.expected().get(e.getKey()))) {
                            tp++;
                        } else {
                            fp++;
                        }
                    }
                    for (Map.Entry<String, String> e : fixture.expected().entrySet()) {
                        if (!e.getValue().equals(found.get(e.getKey()))) {
                            fn++;
                        }
                    }
                }
            }
            return new Accuracy(docs, tp, fp, fn);
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d documents, %d fields expected, %d found correctly, %d wrong or extra, %d missed:"
                    + " precision %.3f, recall %.3f", documents, truePositives + falseNegatives, truePositives, falsePositives, falseNegatives,
                    precision(), recall());
        }
    }
}
