package vn.wardqms.service.lifecycle.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** What a person sees in the PDFs: the approval on the first page, the obsolete mark on every page. */
class PdfDocumentsTest {
    private static final PdfFonts FONTS = PdfFonts.DEJAVU;

    @Test
    void everyPageOfAnObsoleteCopySaysSo() throws IOException {
        ByteArrayOutputStream stamped = new ByteArrayOutputStream();
        new ObsoleteStamp(FONTS).stamp(new ByteArrayInputStream(issue(3)), vn.wardqms.service.lifecycle.LifecycleProperties.DEFAULT_OBSOLETE_STAMP,
                "thay thế bởi QT-01 lần 3 / superseded by QT-01 issue 3", stamped);
        try (PDDocument document = Loader.loadPDF(stamped.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            for (int page = 1; page <= 3; page++) {
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(document)).as("page " + page).contains("TÀI LIỆU HẾT HIỆU LỰC — OBSOLETE", "thay thế bởi QT-01 lần 3");
            }
            render(document, 0, "obsolete-stamp.png");
        }
    }

    @Test
    void theFirstPageCarriesTheApprovalRecord() throws IOException {
        ApprovalManifest.Record record = new ApprovalManifest.Record("ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH",
                "QT-01", "Quy trình kiểm soát thông tin dạng văn bản", "2", "20/11/2026", "27/11/2026",
                new ApprovalManifest.Signatory("Đỗ Thị Sương", "Chuyên viên", "18/11/2026"),
                List.of(new ApprovalManifest.Signatory("Huỳnh Văn Hưng", "Phó Trưởng phòng Văn hóa - Xã hội", "19/11/2026"),
                        new ApprovalManifest.Signatory("Trần Thị Lan", "Trưởng phòng Kinh tế, Hạ tầng và Đô thị", "19/11/2026")),
                new ApprovalManifest.Signatory("Nguyễn Hoạt", "Chủ tịch UBND phường", "20/11/2026"), "activiti$1204");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ApprovalManifest(FONTS).prepend(new ByteArrayInputStream(issue(2)), record, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper text = new PDFTextStripper();
            text.setEndPage(1);
            String first = text.getText(document);
            assertThat(first).contains("Quy trình kiểm soát thông tin dạng văn bản", "Mã hiệu / Code: QT-01", "Lần ban hành / Issue: 2",
                    "Ngày hiệu lực / Effective date: 27/11/2026", "Soạn thảo", "Xem xét", "Phê duyệt", "Đỗ Thị Sương",
                    "Huỳnh Văn Hưng", "Nguyễn Hoạt", "Chủ tịch UBND phường", "activiti$1204");
            // Nothing of a long job title is cut off.
            assertThat(first.replaceAll("\\s+", " ")).contains("Trưởng phòng Kinh tế, Hạ tầng và Đô thị");
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(document)).contains("Nội dung trang 1");
            render(document, 0, "approval-manifest.png");
        }
    }

    /** A stand-in issue: pages that say which they are. */
    private static byte[] issue(int pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var font = FONTS.regular(document);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                    c.beginText();
                    c.setFont(font, 12);
                    c.newLineAtOffset(72, 700);
                    c.showText("Nội dung trang " + i + " của quy trình");
                    c.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Rendered for a person to look at (target/pdf-previews). */
    private static void render(PDDocument document, int page, String name) throws IOException {
        Path dir = Path.of("target/pdf-previews");
        Files.createDirectories(dir);
        ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 60), "png", dir.resolve(name).toFile());
    }
}
