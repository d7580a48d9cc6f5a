package vn.wardqms.service.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.wardqms.service.SharedContracts;

/**
 * Cover pages the tests write themselves, each as DOCX (POI), PDF (PDFBox, DejaVu Sans for the Vietnamese letters)
 * and ODT (OpenDocument written as the standard lays it out), with what a reader of the cover would note down: the
 * ground truth the extraction is measured against.
 */
final class CoverFixtures {
    private CoverFixtures() {
    }

    /** A paragraph, or a table row whose cells may hold several paragraphs (separated by \n). */
    sealed interface Block permits Paragraph, Table {
    }

    record Paragraph(String text) implements Block {
    }

    record Table(List<List<String>> rows) implements Block {
    }

    /** A cover and what it says (field path → value as the extraction reports it). */
    record Fixture(String name, List<Block> blocks, Map<String, String> expected) {
    }

    enum Format {
        DOCX, PDF, ODT;

        String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        byte[] write(List<Block> blocks) {
            return switch (this) {
                case DOCX -> docx(blocks);
                case PDF -> pdf(blocks);
                case ODT -> odt(blocks);
            };
        }
    }

    static Paragraph p(String text) {
        return new Paragraph(text);
    }

    static Table table(String... rows) {
        List<List<String>> cells = new ArrayList<>();
        for (String row : rows) {
            cells.add(List.of(row.split("\\|", -1)));
        }
        return new Table(cells);
    }

    static Map<String, String> expect(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** Body text after the cover: codes cited here are not the document's. */
    static final List<Block> BODY = List.of(p("1. MỤC ĐÍCH"),
            p("Quy định cách thức thực hiện theo QT-05 và các biểu mẫu có mã hiệu: BM-01/QT-05, ban hành lần 4."),
            p("2. PHẠM VI ÁP DỤNG"), p("Áp dụng cho các bộ phận thuộc UBND phường; ngày ban hành: 01/01/2020 của QT-05 không thuộc tài liệu này."));

    static List<Fixture> all() {
        List<Fixture> fixtures = new ArrayList<>();
        fixtures.add(seed());
        fixtures.add(new Fixture("procedure-header-table", with(BODY,
                table("ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC CAM RANH|QUY TRÌNH\nKIỂM SOÁT TÀI LIỆU|Mã hiệu: QT-01\nLần ban hành: 02\nNgày ban hành: 15/03/2024"),
                p("Ngày hiệu lực: ngày 22 tháng 3 năm 2024"),
                table("|Soạn thảo|Xem xét|Phê duyệt",
                        "Họ và tên|Đỗ Thị Sương|Huỳnh Văn Hưng|Nguyễn Hoạt",
                        "Chức danh|Chuyên viên|Phó Trưởng phòng|Chủ tịch UBND",
                        "Ngày|10/03/2024|12/03/2024|15/03/2024"),
                p("THEO DÕI TÌNH TRẠNG SỬA ĐỔI"),
                table("STT|Ngày sửa đổi|Vị trí sửa đổi|Nội dung sửa đổi|Lần sửa đổi",
                        "1|05/01/2023|Mục 5.2|Bổ sung bước lưu hồ sơ|01",
                        "2|15/03/2024|Trang 3|Cập nhật theo Nghị định 30|02",
                        "||||")),
                expect("code", "QT-01", "title", "QUY TRÌNH KIỂM SOÁT TÀI LIỆU", "issuingBody", "ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH",
                        "issueNumber", "2", "issueDate", "2024-03-15", "effectiveDate", "2024-03-22",
                        "draftedBy.name", "Đỗ Thị Sương", "draftedBy.title", "Chuyên viên", "draftedBy.date", "2024-03-10",
                        "reviewedBy.name", "Huỳnh Văn Hưng", "reviewedBy.title", "Phó Trưởng phòng", "reviewedBy.date", "2024-03-12",
                        "approvedBy.name", "Nguyễn Hoạt", "approvedBy.title", "Chủ tịch UBND", "approvedBy.date", "2024-03-15",
                        "amendments[0].no", "1", "amendments[0].date", "2023-01-05", "amendments[0].location", "Mục 5.2",
                        "amendments[0].content", "Bổ sung bước lưu hồ sơ", "amendments[0].revision", "01",
                        "amendments[1].no", "2", "amendments[1].date", "2024-03-15", "amendments[1].location", "Trang 3",
                        "amendments[1].content", "Cập nhật theo Nghị định 30", "amendments[1].revision", "02")));
        fixtures.add(new Fixture("instruction-label-value-mixed-case", with(BODY,
                p("Ủy ban nhân dân phường Bắc Cam Ranh"),
                p("Hướng dẫn tiếp nhận hồ sơ một cửa"),
                p("Mã số: hd-03"),
                p("Ban hành lần 3"),
                p("Ngày ban hành: ngày 5 tháng 1 năm 2025"),
                p("Người soạn thảo: Trần Văn An, Chuyên viên Văn phòng HĐND và UBND, 02/01/2025"),
                p("Người xem xét: Lê Thị Bình, Chánh Văn phòng"),
                p("Người phê duyệt: Nguyễn Hoạt, Chủ tịch UBND phường")),
                expect("code", "HD-03", "title", "Hướng dẫn tiếp nhận hồ sơ một cửa", "issuingBody", "Ủy ban nhân dân phường Bắc Cam Ranh",
                        "issueNumber", "3", "issueDate", "2025-01-05",
                        "draftedBy.name", "Trần Văn An", "draftedBy.title", "Chuyên viên Văn phòng HĐND và UBND", "draftedBy.date", "2025-01-02",
                        "reviewedBy.name", "Lê Thị Bình", "reviewedBy.title", "Chánh Văn phòng",
                        "approvedBy.name", "Nguyễn Hoạt", "approvedBy.title", "Chủ tịch UBND phường")));
        fixtures.add(new Fixture("plan-upper-case-blocks", with(BODY,
                p("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"),
                p("ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH"),
                p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                p("Độc lập - Tự do - Hạnh phúc"),
                p("KẾ HOẠCH"),
                p("ĐÁNH GIÁ NỘI BỘ NĂM 2025"),
                p("KÝ HIỆU: KH-ISO-02"),
                p("LẦN BAN HÀNH: 01"),
                p("NGÀY HIỆU LỰC: 01/02/2025"),
                p("SOẠN THẢO"),
                p("Họ và tên: Phạm Thu Hà"),
                p("Chức danh: Thư ký ISO"),
                p("PHÊ DUYỆT"),
                p("Họ và tên: Nguyễn Hoạt"),
                p("Chức danh: Chủ tịch UBND phường"),
                p("Ngày: 28/01/2025")),
                expect("code", "KH-ISO-02", "title", "KẾ HOẠCH ĐÁNH GIÁ NỘI BỘ NĂM 2025", "issuingBody", "ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH",
                        "issueNumber", "1", "effectiveDate", "2025-02-01",
                        "draftedBy.name", "Phạm Thu Hà", "draftedBy.title", "Thư ký ISO",
                        "approvedBy.name", "Nguyễn Hoạt", "approvedBy.title", "Chủ tịch UBND phường", "approvedBy.date", "2025-01-28")));
        fixtures.add(new Fixture("policy-missing-fields", with(BODY,
                p("ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH"),
                p("CHÍNH SÁCH CHẤT LƯỢNG")),
                expect("title", "CHÍNH SÁCH CHẤT LƯỢNG", "issuingBody", "ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH")));
        fixtures.add(new Fixture("procedure-roles-as-rows", with(BODY,
                p("UBND PHƯỜNG BẮC CAM RANH"),
                p("QUY TRÌNH ĐÁNH GIÁ NỘI BỘ"),
                p("Mã tài liệu: QT-ISO-02"),
                p("Lần ban hành: 01"),
                p("Ngày ban hành: ngày 9 tháng 12 năm 2024"),
                table("|Họ và tên|Chức danh|Ngày ký",
                        "Soạn thảo|Võ Minh Tâm|Thư ký ISO|02/12/2024",
                        "Xem xét|Huỳnh Văn Hưng|Phó Trưởng phòng|05/12/2024",
                        "Phê duyệt|Nguyễn Hoạt|Chủ tịch UBND|09/12/2024")),
                expect("code", "QT-ISO-02", "title", "QUY TRÌNH ĐÁNH GIÁ NỘI BỘ", "issuingBody", "UBND PHƯỜNG BẮC CAM RANH",
                        "issueNumber", "1", "issueDate", "2024-12-09",
                        "draftedBy.name", "Võ Minh Tâm", "draftedBy.title", "Thư ký ISO", "draftedBy.date", "2024-12-02",
                        "reviewedBy.name", "Huỳnh Văn Hưng", "reviewedBy.title", "Phó Trưởng phòng", "reviewedBy.date", "2024-12-05",
                        "approvedBy.name", "Nguyễn Hoạt", "approvedBy.title", "Chủ tịch UBND", "approvedBy.date", "2024-12-09")));
        return fixtures;
    }

    /**
     * Covers the reader is not tuned to, measured apart: cells whose text runs over two lines, a combined issue and
     * revision number, a code followed by the page number, a date range, a second organisation line in mixed case.
     * What a person would note down is the ground truth, even where the reader is known to miss it.
     */
    static List<Fixture> unseen() {
        List<Fixture> fixtures = new ArrayList<>();
        fixtures.add(new Fixture("form-wrapped-cells", with(BODY,
                table("UBND PHƯỜNG BẮC CAM RANH\nVĂN PHÒNG HĐND VÀ UBND|BIỂU MẪU\nSỔ THEO DÕI CÔNG VĂN ĐẾN|Mã hiệu: BM-02/QT-05 Trang: 1/1\nLần ban hành/sửa đổi: 02/01"),
                table("|Soạn thảo|Xem xét|Phê duyệt",
                        "Họ và tên|Lê Thị Bình|Huỳnh Văn Hưng|Nguyễn Hoạt",
                        "Chức danh|Chánh Văn phòng\nHĐND và UBND|Phó Trưởng phòng\nVăn hóa - Xã hội|Chủ tịch UBND phường")),
                expect("code", "BM-02/QT-05", "title", "BIỂU MẪU SỔ THEO DÕI CÔNG VĂN ĐẾN", "issuingBody", "VĂN PHÒNG HĐND VÀ UBND",
                        "issueNumber", "2",
                        "draftedBy.name", "Lê Thị Bình", "draftedBy.title", "Chánh Văn phòng HĐND và UBND",
                        "reviewedBy.name", "Huỳnh Văn Hưng", "reviewedBy.title", "Phó Trưởng phòng Văn hóa - Xã hội",
                        "approvedBy.name", "Nguyễn Hoạt", "approvedBy.title", "Chủ tịch UBND phường")));
        fixtures.add(new Fixture("instruction-effective-range", with(BODY,
                p("Ủy ban nhân dân tỉnh Khánh Hòa"),
                p("Ủy ban nhân dân phường Bắc Cam Ranh"),
                p("HƯỚNG DẪN"),
                p("Kiểm soát thông tin dạng văn bản"),
                p("Ký hiệu: HD-ISO-01 (bản điện tử)"),
                p("Có hiệu lực từ ngày 01/7/2025 đến khi có thay thế"),
                p("Người phê duyệt: Nguyễn Hoạt – Chủ tịch UBND phường")),
                expect("code", "HD-ISO-01", "title", "HƯỚNG DẪN Kiểm soát thông tin dạng văn bản", "issuingBody", "Ủy ban nhân dân phường Bắc Cam Ranh",
                        "effectiveDate", "2025-07-01", "approvedBy.name", "Nguyễn Hoạt", "approvedBy.title", "Chủ tịch UBND phường")));
        return fixtures;
    }

    private static List<Block> with(List<Block> body, Block... cover) {
        List<Block> blocks = new ArrayList<>(List.of(cover));
        blocks.addAll(body);
        return blocks;
    }

    /** The seed's own cover: its first lines, up to and a little past the table of contents, as the manual prints them. */
    static Fixture seed() {
        return new Fixture("seed-quality-manual", seedBlocks(), expect("code", "STCL", "title", "SỔ TAY CHẤT LƯỢNG",
                "issuingBody", "ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH", "issueNumber", "2",
                "draftedBy.name", "Đỗ Thị Sương", "draftedBy.title", "Chuyên viên",
                "reviewedBy.name", "Huỳnh Văn Hưng", "reviewedBy.title", "Phó Trưởng phòng Văn hóa - Xã hội",
                "approvedBy.name", "Nguyễn Hoạt", "approvedBy.title", "Chủ tịch UBND phường"));
    }

    static String seedText() {
        try (var files = Files.list(SharedContracts.dir().resolve("seed"))) {
            Path seed = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            return Files.readString(seed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Block> seedBlocks() {
        List<Block> blocks = new ArrayList<>();
        List<String> tableRows = new ArrayList<>();
        int afterContents = -1;
        for (String line : seedText().lines().toList()) {
            if (line.isBlank()) {
                continue;
            }
            if (line.contains("\t")) {
                tableRows.add(line.replace('\t', '|'));
                continue;
            }
            if (!tableRows.isEmpty()) {
                blocks.add(table(tableRows.toArray(String[]::new)));
                tableRows.clear();
            }
            blocks.add(p(line.strip()));
            if (line.strip().equals("MỤC LỤC")) {
                afterContents = 0;
            } else if (afterContents >= 0 && ++afterContents == 3) {
                break;
            }
        }
        return blocks;
    }

    // ---- writers ------------------------------------------------------------------------------------------------

    static byte[] docx(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block block : blocks) {
                if (block instanceof Paragraph p) {
                    doc.createParagraph().createRun().setText(p.text());
                } else if (block instanceof Table t) {
                    int columns = t.rows().stream().mapToInt(List::size).max().orElse(1);
                    XWPFTable table = doc.createTable(t.rows().size(), columns);
                    for (int r = 0; r < t.rows().size(); r++) {
                        List<String> row = t.rows().get(r);
                        for (int c = 0; c < columns; c++) {
                            XWPFTableCell cell = table.getRow(r).getCell(c);
                            String[] paragraphs = (c < row.size() ? row.get(c) : "").split("\n");
                            cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
                            for (int k = 1; k < paragraphs.length; k++) {
                                cell.addParagraph().createRun().setText(paragraphs[k]);
                            }
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(List<Block> blocks) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").toFile());
            PdfWriter writer = new PdfWriter(doc, font);
            for (Block block : blocks) {
                if (block instanceof Paragraph p) {
                    writer.paragraph(p.text());
                } else if (block instanceof Table t) {
                    writer.table(t.rows());
                }
            }
            writer.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays text out as a word processor would: paragraphs wrapped, table cells in columns as wide as their text. */
    private static final class PdfWriter {
        private static final float MARGIN = 50;
        private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        PdfWriter(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void paragraph(String text) throws IOException {
            float size = 11;
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String next = line.isEmpty() ? word : line + " " + word;
                if (width(next, size) > WIDTH && !line.isEmpty()) {
                    text(MARGIN, line.toString(), size);
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(next);
                }
            }
            text(MARGIN, line.toString(), size);
            y -= 6;
        }

        void table(List<List<String>> rows) throws IOException {
            int columns = rows.stream().mapToInt(List::size).max().orElse(1);
            float size = 9;
            float[] widths = new float[columns];
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    for (String paragraph : row.get(c).split("\n")) {
                        widths[c] = Math.max(widths[c], width(paragraph, size) + 24);
                    }
                }
            }
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            if (total > WIDTH) {
                size = size * WIDTH / total;
                for (int c = 0; c < columns; c++) {
                    widths[c] = widths[c] * WIDTH / total;
                }
            }
            for (List<String> row : rows) {
                int height = row.stream().mapToInt(c -> c.split("\n").length).max().orElse(1);
                for (int k = 0; k < height; k++) {
                    float x = MARGIN;
                    ensureRoom(size);
                    for (int c = 0; c < row.size(); c++) {
                        String[] paragraphs = row.get(c).split("\n");
                        if (k < paragraphs.length && !paragraphs[k].isBlank()) {
                            show(x, paragraphs[k], size);
                        }
                        x += widths[c];
                    }
                    y -= size * 1.6f;
                }
            }
            y -= 8;
        }

        private void text(float x, String text, float size) throws IOException {
            ensureRoom(size);
            show(x, text, size);
            y -= size * 1.5f;
        }

        private void show(float x, String text, float size) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private void ensureRoom(float size) throws IOException {
            if (y - size < MARGIN) {
                newPage();
            }
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            stream.close();
        }
    }

    static byte[] odt(List<Block> blocks) {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">"
                + "<office:body><office:text>");
        int tables = 0;
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                content.append("<text:p>").append(xml(p.text())).append("</text:p>");
            } else if (block instanceof Table t) {
                int columns = t.rows().stream().mapToInt(List::size).max().orElse(1);
                content.append("<table:table table:name=\"Bảng").append(++tables).append("\">")
                        .append("<table:table-column table:number-columns-repeated=\"").append(columns).append("\"/>");
                for (List<String> row : t.rows()) {
                    content.append("<table:table-row>");
                    for (int c = 0; c < columns; c++) {
                        content.append("<table:table-cell office:value-type=\"string\">");
                        for (String paragraph : (c < row.size() ? row.get(c) : "").split("\n")) {
                            content.append("<text:p>").append(xml(paragraph)).append("</text:p>");
                        }
                        content.append("</table:table-cell>");
                    }
                    content.append("</table:table-row>");
                }
                content.append("</table:table>");
            }
        }
        content.append("</office:text></office:body></office:document-content>");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // The standard asks for "mimetype" first and stored, so that the type can be read at a fixed offset.
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A cover flattened to field path → value, as {@link #expect} writes the ground truth. */
    static Map<String, String> flatten(CoverPage cover) {
        Map<String, String> m = new LinkedHashMap<>();
        cover.code().ifPresent(f -> m.put("code", f.value()));
        cover.title().ifPresent(f -> m.put("title", f.value()));
        cover.issuingBody().ifPresent(f -> m.put("issuingBody", f.value()));
        cover.issueNumber().ifPresent(f -> m.put("issueNumber", String.valueOf(f.value())));
        cover.issueDate().ifPresent(f -> m.put("issueDate", f.value().toString()));
        cover.effectiveDate().ifPresent(f -> m.put("effectiveDate", f.value().toString()));
        signatory(m, "draftedBy", cover.draftedBy());
        signatory(m, "reviewedBy", cover.reviewedBy());
        signatory(m, "approvedBy", cover.approvedBy());
        for (int i = 0; i < cover.amendments().size(); i++) {
            CoverPage.Amendment a = cover.amendments().get(i);
            String p = "amendments[" + i + "].";
            a.no().ifPresent(v -> m.put(p + "no", v));
            a.date().ifPresent(v -> m.put(p + "date", v.toString()));
            a.location().ifPresent(v -> m.put(p + "location", v));
            a.content().ifPresent(v -> m.put(p + "content", v));
            a.revision().ifPresent(v -> m.put(p + "revision", v));
        }
        return m;
    }

    private static void signatory(Map<String, String> m, String role, CoverPage.Signatory s) {
        s.name().ifPresent(f -> m.put(role + ".name", f.value()));
        s.title().ifPresent(f -> m.put(role + ".title", f.value()));
        s.date().ifPresent(f -> m.put(role + ".date", f.value().toString()));
    }
}
