package vn.wardqms.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The register reads as a person expects in every format and language, whatever the data holds. */
class DocumentRegisterTest {
    private final DocumentRegister register = new DocumentRegister();
    private final List<RegisterRow> rows = List.of(
            new RegisterRow("QT-01", "Quy trình kiểm soát thông tin dạng văn bản", "PROCEDURE", "2", "2026-11-20", "2026-11-27",
                    "Phòng Văn hóa - Xã hội", "EFFECTIVE"),
            new RegisterRow("BM-01", "Phiếu \"yêu cầu\", sửa đổi <tài liệu> & hồ sơ", "FORM", "1", "2025-01-10", "2025-01-17",
                    "Văn phòng HĐND và UBND", "OBSOLETE"));

    @Test
    void htmlHasVietnameseHeadingsAndEscapesWhatDocumentsContain() {
        StringWriter out = new StringWriter();
        register.writeHtml(rows.iterator(), DocumentRegister.VIETNAMESE, LocalDate.of(2026, 11, 25), out);
        String html = out.toString();
        assertThat(html).contains("<title>Danh mục tài liệu nội bộ</title>", "<th>Mã hiệu</th>", "<th>Lần ban hành</th>",
                "<td>Quy trình</td>", "<td>Đang hiệu lực</td>", "<td>Hết hiệu lực</td>", "Lập ngày: 2026-11-25",
                "Phiếu &quot;yêu cầu&quot;, sửa đổi &lt;tài liệu&gt; &amp; hồ sơ");
        assertThat(html).doesNotContain("<tài liệu>");
    }

    @Test
    void htmlInEnglish() {
        StringWriter out = new StringWriter();
        register.writeHtml(rows.iterator(), Locale.ENGLISH, LocalDate.of(2026, 11, 25), out);
        assertThat(out.toString()).contains("Register of internal documents", "<th>Code</th>", "<td>Procedure</td>", "<td>Effective</td>");
    }

    @Test
    void csvIsQuotedForExcelWithABom() {
        StringWriter out = new StringWriter();
        register.writeCsv(rows.iterator(), DocumentRegister.VIETNAMESE, LocalDate.of(2026, 11, 25), out);
        String csv = out.toString();
        assertThat(csv).startsWith("\uFEFF\"STT\",\"Mã hiệu\",\"Tên tài liệu\"");
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("\"2\",\"BM-01\",\"Phiếu \"\"yêu cầu\"\", sửa đổi <tài liệu> & hồ sơ\",\"Biểu mẫu\",\"1\"");
    }

    @Test
    void xlsxHasHeadingsNumbersAndText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        register.writeXlsx(rows.iterator(), DocumentRegister.VIETNAMESE, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Danh mục tài liệu nội bộ");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Mã hiệu");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Trạng thái");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("QT-01");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Phòng Văn hóa - Xã hội");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("Hết hiệu lực");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void bothLanguagesHaveTheSameHeadings() {
        assertThat(DocumentRegister.headings(DocumentRegister.VIETNAMESE).keySet())
                .isEqualTo(DocumentRegister.headings(Locale.ENGLISH).keySet());
    }
}
