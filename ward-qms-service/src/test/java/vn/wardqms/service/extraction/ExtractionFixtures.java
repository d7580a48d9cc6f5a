package vn.wardqms.service.extraction;

import java.util.ArrayList;
import java.util.List;

import vn.wardqms.service.extraction.CoverFixtures.Block;
import vn.wardqms.service.extraction.CoverFixtures.Format;

/** Fixtures for tests outside this package (the packaged JAR's test, the benchmark). */
public final class ExtractionFixtures {
    private ExtractionFixtures() {
    }

    /** The seed's own cover page as a DOCX. */
    public static byte[] seedCoverDocx() {
        return Format.DOCX.write(CoverFixtures.seed().blocks());
    }

    /** The formats the fixtures are written in: docx, pdf, odt. */
    public static List<String> formats() {
        return List.of(Format.values()).stream().map(Format::extension).toList();
    }

    /**
     * A procedure of at least {@code bytes} bytes in the given format: its cover (header table, signature table,
     * amendment table) and then as many body sections as it takes.
     */
    public static byte[] procedureOfAtLeast(String format, int bytes) {
        Format f = Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        List<Block> cover = CoverFixtures.all().get(1).blocks();
        for (int sections = 8; ; sections *= 2) {
            List<Block> blocks = new ArrayList<>(cover);
            for (int i = 0; i < sections; i++) {
                blocks.add(CoverFixtures.p((i + 3) + ". BƯỚC " + (i + 1)));
                blocks.add(CoverFixtures.p("Cán bộ tiếp nhận kiểm tra thành phần hồ sơ theo QT-05, ghi vào sổ theo dõi (BM-0" + (i % 9 + 1)
                        + "/QT-01), chuyển lãnh đạo phòng xem xét trong 02 ngày làm việc; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn"
                        + " người nộp bổ sung một lần bằng văn bản, nêu rõ lý do và thời hạn."));
            }
            byte[] written = f.write(blocks);
            if (written.length >= bytes) {
                return written;
            }
        }
    }

    /** Field-level precision and recall over every fixture in every format, and over the covers the reader was not tuned to. */
    public static String accuracy(CoverPageExtractor extractor) throws ExtractionException {
        return "fixtures: " + CoverPageExtractionTest.Accuracy.measure(extractor, CoverFixtures.all()) + "; unseen covers: "
                + CoverPageExtractionTest.Accuracy.measure(extractor, CoverFixtures.unseen());
    }
}
