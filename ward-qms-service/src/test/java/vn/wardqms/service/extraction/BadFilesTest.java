package vn.wardqms.service.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.wardqms.service.extraction.CoverFixtures.Format;
import vn.wardqms.service.extraction.ExtractionException.Problem;

/** Files a user may well upload that have no readable cover: each refused with a reason that names the file and the problem. */
class BadFilesTest {
    private static final CoverPageExtractor EXTRACTOR = new CoverPageExtractor(ExtractionLimits.DEFAULT);

    @TempDir
    Path dir;

    private static byte[] cover() {
        return Format.DOCX.write(CoverFixtures.all().get(1).blocks());
    }

    @Test
    void anEmptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("trống.docx"));
        assertProblem(() -> EXTRACTOR.extract(empty, "trống.docx"), Problem.EMPTY, "trống.docx: the file is empty (0 bytes)");
    }

    @Test
    void aMissingFileOrAFolder() {
        assertProblem(() -> EXTRACTOR.extract(dir.resolve("không-có.docx"), "không-có.docx"), Problem.UNREADABLE, "không-có.docx: no such file");
        assertProblem(() -> EXTRACTOR.extract(dir, "thư-mục"), Problem.UNREADABLE, "thư-mục: not a readable file");
    }

    @Test
    void aPasswordProtectedPdf() throws Exception {
        byte[] pdf = Format.PDF.write(CoverFixtures.all().get(1).blocks());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chủ-sở-hữu", "mật-khẩu", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }
        assertProblem(() -> EXTRACTOR.extract(out.toByteArray(), "mật.pdf"), Problem.ENCRYPTED, "mật.pdf: the document is protected by a password");
    }

    @Test
    void aPasswordProtectedDocx() throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("mật-khẩu");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(cover())); OutputStream data = encryptor.getDataStream(fs)) {
                opc.save(data);
            }
            fs.writeFilesystem(out);
        }
        assertProblem(() -> EXTRACTOR.extract(out.toByteArray(), "mật.docx"), Problem.ENCRYPTED, "mật.docx: the document is protected by a password");
    }

    @Test
    void aTruncatedDocx() {
        byte[] docx = cover();
        byte[] half = Arrays.copyOf(docx, docx.length / 2);
        assertProblem(() -> EXTRACTOR.extract(half, "cụt.docx"), Problem.CORRUPT, "cụt.docx: the file is damaged or incomplete");
    }

    @Test
    void formatsThatHaveNoCoverPage() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Danh mục").createRow(0).createCell(0).setCellValue("Mã hiệu: QT-01");
            workbook.write(xlsx);
        }
        assertProblem(() -> EXTRACTOR.extract(xlsx.toByteArray(), "bảng.xlsx"), Problem.UNSUPPORTED,
                "bảng.xlsx: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet is not a format whose cover page can be read");
        byte[] text = "Mã hiệu: QT-01\nLần ban hành: 02".getBytes(StandardCharsets.UTF_8);
        assertProblem(() -> EXTRACTOR.extract(text, "ghi-chú.txt"), Problem.UNSUPPORTED, "ghi-chú.txt: text/plain is not a format");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertProblem(() -> EXTRACTOR.extract(png, "ảnh.png"), Problem.UNSUPPORTED, "ảnh.png: image/png is not a format");
    }

    @Test
    void aFileOverTheSizeLimit() throws Exception {
        CoverPageExtractor small = new CoverPageExtractor(new ExtractionLimits(10_000, Duration.ofSeconds(10), 200_000));
        Path big = Files.write(dir.resolve("lớn.pdf"), Format.PDF.write(CoverFixtures.all().get(1).blocks()));
        assertThat(Files.size(big)).isGreaterThan(10_000);
        assertProblem(() -> small.extract(big, "lớn.pdf"), Problem.OVERSIZED, "lớn.pdf: the file is ");
        assertProblem(() -> small.extract(Files.readAllBytes(big), "lớn.pdf"), Problem.OVERSIZED, "more than the 0.0 MB limit");
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() throws Exception {
        // A real DOCX whose document part is padded with 50 MB of blanks: a few tens of KB on disk.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(cover())); ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 50; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(300_000);
        assertProblem(() -> EXTRACTOR.extract(bomb.toByteArray(), "bom.docx"), Problem.ZIP_BOMB, "bom.docx: the file's compressed content would inflate");

        // The same bomb behind bytes put before its first entry: a reader of local headers finds no entry at all, while
        // the parsers, reading the central directory, would open it (the offsets are moved to match, as self-extracting
        // archives do).
        byte[] prefixed = withPrefix(bomb.toByteArray(), new byte[4096]);
        assertProblem(() -> EXTRACTOR.extract(prefixed, "bom-có-tiền-tố.docx"), Problem.ZIP_BOMB, "bom-có-tiền-tố.docx: the file's compressed content");
    }

    /** A ZIP with {@code prefix} before it and its central directory's offsets moved by as much. */
    static byte[] withPrefix(byte[] zip, byte[] prefix) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip.clone()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int eocd = zip.length - 22;
        while (b.getInt(eocd) != 0x06054b50) {
            eocd--;
        }
        int entries = b.getShort(eocd + 10) & 0xffff;
        int directory = b.getInt(eocd + 16);
        b.putInt(eocd + 16, directory + prefix.length);
        int at = directory;
        for (int i = 0; i < entries; i++) {
            b.putInt(at + 42, b.getInt(at + 42) + prefix.length);
            at += 46 + (b.getShort(at + 28) & 0xffff) + (b.getShort(at + 30) & 0xffff) + (b.getShort(at + 32) & 0xffff);
        }
        byte[] out = new byte[prefix.length + zip.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(b.array(), 0, out, prefix.length, zip.length);
        return out;
    }

    @Test
    void anOdtOfEndlessEmptyCellsIsReadWithinBoundsAndTime() throws Exception {
        // content.xml of 1,200,000 empty cells in two rows (24 MB) beside a 340 KB picture that does not compress: under
        // 400 KB on disk and within the zip guard's ratio, and every cell an object the reader would keep.
        StringBuilder cells = new StringBuilder();
        String cell = "<table:table-cell/>";
        cells.append(cell.repeat(600_000));
        byte[] picture = new byte[340_000];
        new java.util.Random(7).nextBytes(picture);
        String row = "<table:table-row>" + cells + "</table:table-row>";
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\"><office:body><office:text>"
                + "<text:p>ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH</text:p><text:p>QUY TRÌNH TIẾP DÂN</text:p><text:p>Mã hiệu: QT-07</text:p>"
                + "<table:table table:name=\"B\">" + row + row + "</table:table></office:text></office:body></office:document-content>";
        ByteArrayOutputStream odt = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(odt)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("Thumbnails/thumbnail.png"));
            zip.write(picture);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(odt.size()).isLessThan(400_000);
        long started = System.nanoTime();
        DocumentText text = new DocumentReader(ExtractionLimits.DEFAULT).read(odt.toByteArray(), "ô-trống.odt");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ExtractionLimits.DEFAULT.timeout());
        assertThat(text.lines()).extracting(DocumentText.Line::text).startsWith("ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH");
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.cells().size()).isLessThanOrEqualTo(TextCollector.MAX_CELLS));
        assertThat(text.truncated()).as("the reader stopped counting the cells, and says so").isTrue();
    }

    @Test
    void aScannedPdfWithoutText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                stream.addRect(50, 50, 400, 600);
                stream.fill();
            }
            doc.save(out);
        }
        assertProblem(() -> EXTRACTOR.extract(out.toByteArray(), "bản-quét.pdf"), Problem.EMPTY, "bản-quét.pdf: the document has no text layer");
    }

    @Test
    void aParseOverTheTimeLimitIsStopped() {
        CoverPageExtractor hasty = new CoverPageExtractor(new ExtractionLimits(ExtractionLimits.DEFAULT.maxBytes(), Duration.ofNanos(1), 200_000));
        assertProblem(() -> hasty.extract(cover(), "chậm.docx"), Problem.TIMEOUT, "chậm.docx: reading took longer than the");
    }

    @Test
    void aParseThatTimesOutStopsItsThreadToo() throws Exception {
        byte[] pdf = ExtractionFixtures.procedureOfAtLeast("pdf", 1_500_000);
        CoverPageExtractor hasty = new CoverPageExtractor(new ExtractionLimits(ExtractionLimits.DEFAULT.maxBytes(), Duration.ofMillis(150), 200_000));
        assertProblem(() -> hasty.extract(pdf, "dài.pdf"), Problem.TIMEOUT, "dài.pdf: reading took longer than the");
        // The worker is not only abandoned: it stops at its next check of the deadline, and no thread goes on reading.
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < until && stillReading()) {
            Thread.sleep(50);
        }
        assertThat(stillReading()).as("a thread still reading the abandoned document").isFalse();
    }

    private static boolean stillReading() {
        return Thread.getAllStackTraces().entrySet().stream().anyMatch(e -> e.getKey().getName().equals("ward-qms-extraction")
                && e.getKey().getState() == Thread.State.RUNNABLE
                && java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("org.apache.pdfbox")
                        || f.getClassName().startsWith("org.apache.tika") || f.getClassName().contains("PdfLayout")));
    }

    @Test
    void aLongDocumentIsReadOnlyAsFarAsTheCoverNeeds() throws Exception {
        List<CoverFixtures.Block> blocks = new ArrayList<>(CoverFixtures.all().get(1).blocks());
        for (int i = 0; i < 3_000; i++) {
            blocks.add(CoverFixtures.p("Điều " + i + ". Nội dung thực hiện theo QT-05, mã hiệu: QT-99, lần ban hành: 9."));
        }
        DocumentText text = new DocumentReader(new ExtractionLimits(ExtractionLimits.DEFAULT.maxBytes(), Duration.ofSeconds(10), 20_000))
                .read(CoverFixtures.docx(blocks), "dài.docx");
        assertThat(text.truncated()).isTrue();
        // 20,000 characters read (a table row's text also counts the tabs between its cells)
        assertThat(text.lines().stream().mapToInt(l -> l.text().length()).sum()).isBetween(19_000, 20_500);
        assertThat(new CoverPageReader().read(text).code().orElseThrow().value()).isEqualTo("QT-01");
    }

    private interface Extraction {
        Object run() throws Exception;
    }

    private static void assertProblem(Extraction extraction, Problem problem, String message) {
        assertThatThrownBy(extraction::run).isInstanceOfSatisfying(ExtractionException.class, e -> {
            assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
