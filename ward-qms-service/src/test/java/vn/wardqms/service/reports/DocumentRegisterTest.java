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

    // ---- A document's title is untrusted: a spreadsheet must not take it for a formula ---------------------------

    private final List<RegisterRow> hostile = List.of(
            new RegisterRow("QT-09", "=HYPERLINK(\"http://evil.example/\",\"Bấm vào đây\")", "PROCEDURE", "1", "2026-01-02", "2026-01-09",
                    "+cmd|' /C calc'!A0", "EFFECTIVE"),
            new RegisterRow("QT-10", "@SUM(1+1)*cmd|' /C calc'!A0", "PROCEDURE", "1", "2026-01-02", "2026-01-09", "-2+3", "EFFECTIVE"),
            new RegisterRow("QT-11", "Quy trình - tiếp công dân", "PROCEDURE", "1", "2026-01-02", "2026-01-09", "Văn phòng HĐND và UBND", "EFFECTIVE"));

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
        StringWriter out = new StringWriter();
        register.writeCsv(hostile.iterator(), DocumentRegister.VIETNAMESE, LocalDate.of(2026, 11, 25), out);
        String csv = out.toString();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Bấm vào đây\"\")\"", "\"'+cmd|' /C calc'!A0\"",
                "\"'@SUM(1+1)*cmd|' /C calc'!A0\"", "\"'-2+3\"", "\"Quy trình - tiếp công dân\"");
        assertThat(csv).doesNotContain(",\"=", ",\"+", ",\"@", ",\"-");
    }

    @Test
    void xlsxCellsThatLookLikeFormulasAreQuotedText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        register.writeXlsx(hostile.iterator(), DocumentRegister.VIETNAMESE, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            var title = sheet.getRow(1).getCell(2);
            assertThat(title.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example/\",\"Bấm vào đây\")");
            assertThat(title.getCellStyle().getQuotePrefixed()).as("kept as text when the cell is edited").isTrue();
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3).getCell(2).getCellStyle().getQuotePrefixed()).as("an ordinary title is left alone").isFalse();
            for (Row row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                }
            }
        }
    }
}
