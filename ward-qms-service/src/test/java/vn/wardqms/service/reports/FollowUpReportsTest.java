package vn.wardqms.service.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.acs.StandInRepositoryTest;
import vn.wardqms.service.provisioning.ProvisioningService;
import vn.wardqms.service.provisioning.SiteLayout;

/**
 * The follow-up reports the quality secretary reads: amendment history of a document, reviews past due, outstanding
 * acknowledgements — from the search API of the stand-in repository (queries evaluated over its nodes), in Vietnamese
 * and English, HTML, CSV and XLSX, published daily into the restricted report folder or written by the CLI.
 */
class FollowUpReportsTest extends StandInRepositoryTest {

    @Autowired
    ProvisioningService provisioning;
    @Autowired
    QmsReports reports;
    @Autowired
    ReportPublisher publisher;
    @Autowired
    ReportCommand command;

    final TableWriter writer = new TableWriter();
    FakeAcs.Repository repo;
    FakeAcs.FakeNode area;

    @BeforeEach
    void documents() {
        provisioning.provision();
        repo = acs.repository();
        acs.evaluateQueries();
        repo.now = Instant.now();
        area = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.INTERNAL + "/Quy trình");
        // Issue 2 of QT-02 in force, issue 1 obsolete; entered out of order.
        issue("QT-02", 2, "EFFECTIVE", "Mục 5.3", "Bổ sung bước tiếp nhận hồ sơ trực tuyến");
        issue("QT-02", 1, "OBSOLETE", null, "Ban hành lần đầu");
        issue("QT-03", 1, "EFFECTIVE", null, "Ban hành lần đầu");
    }

    private FakeAcs.FakeNode issue(String code, int number, String state, String location, String summary) {
        FakeAcs.FakeNode doc = repo.add(area.id, code + " lần " + number + ".docx", "qms:controlledDocument");
        doc.properties.putAll(Map.of("qms:documentCode", code, "qms:issueNumber", String.valueOf(number), "qms:lifecycleState", state,
                "qms:issueDate", "202" + (3 + number) + "-03-15", "qms:effectiveDate", "202" + (3 + number) + "-03-22",
                "qms:changeSummary", summary, "qms:approverName", "Nguyễn Hoạt", "cm:title", "Quy trình " + code,
                "qms:ownerUnit", "Văn phòng HĐND và UBND"));
        if (location != null) {
            doc.properties.put("qms:changeLocation", location);
        }
        return doc;
    }

    @Test
    void theAmendmentHistoryOfADocumentListsEveryIssueInOrderWithWhatChangedWhere() throws IOException {
        StringWriter html = new StringWriter();
        writer.writeHtml(reports.amendmentHistory("QT-02"), DocumentRegister.VIETNAMESE, LocalDate.of(2026, 11, 25), html);
        assertThat(html.toString()).contains("<h1>Theo dõi tình trạng sửa đổi</h1>", "<h2>QT-02</h2>", "<th>Vị trí sửa đổi</th>",
                "<th>Nội dung sửa đổi</th>", "Bổ sung bước tiếp nhận hồ sơ trực tuyến", "Mục 5.3", "Hết hiệu lực", "Đang hiệu lực")
                .doesNotContain("QT-03");
        assertThat(html.toString().indexOf("Ban hành lần đầu")).isLessThan(html.toString().indexOf("Bổ sung bước"));

        StringWriter csv = new StringWriter();
        writer.writeCsv(reports.amendmentHistory("QT-02"), Locale.ENGLISH, LocalDate.of(2026, 11, 25), csv);
        assertThat(csv.toString().split("\r\n")).containsExactly(
                "\uFEFF\"No.\",\"Issue\",\"Date of issue\",\"Effective date\",\"Where amended\",\"What was amended\",\"Approved by\",\"State\"",
                "\"1\",\"1\",\"2024-03-15\",\"2024-03-22\",\"\",\"Ban hành lần đầu\",\"Nguyễn Hoạt\",\"Obsolete\"",
                "\"2\",\"2\",\"2025-03-15\",\"2025-03-22\",\"Mục 5.3\",\"Bổ sung bước tiếp nhận hồ sơ trực tuyến\",\"Nguyễn Hoạt\",\"Effective\"");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        writer.writeXlsx(reports.amendmentHistories(), DocumentRegister.VIETNAMESE, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Theo dõi tình trạng sửa đổi");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Mã hiệu");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(List.of(sheet.getRow(1).getCell(1).getStringCellValue(), sheet.getRow(2).getCell(1).getStringCellValue(),
                    sheet.getRow(3).getCell(1).getStringCellValue())).containsExactly("QT-02", "QT-02", "QT-03");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void aCodeThatIsNotOneNeverReachesTheQuery() {
        assertThatThrownBy(() -> reports.amendmentHistory("QT-02' OR TYPE:'cm:content"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a document code");
    }

    @Test
    void reviewsPastDueAreListedWithHowLateTheyAre() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        FakeAcs.FakeNode late = issue("QT-05", 1, "EFFECTIVE", null, "x");
        late.properties.put("qms:nextReviewDue", today.minusDays(10).toString());
        late.properties.put("qms:drafterName", "Đỗ Thị Sương");
        issue("QT-06", 1, "EFFECTIVE", null, "x").properties.put("qms:nextReviewDue", today.plusDays(1).toString());
        issue("QT-07", 1, "OBSOLETE", null, "x").properties.put("qms:nextReviewDue", today.minusDays(30).toString());

        StringWriter csv = new StringWriter();
        writer.writeCsv(reports.overdueReviews(), DocumentRegister.VIETNAMESE, today, csv);
        String[] lines = csv.toString().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("\"Hạn xem xét\"", "\"Số ngày quá hạn\"");
        assertThat(lines[1]).startsWith("\"1\",\"QT-05\",\"Quy trình QT-05\",\"Văn phòng HĐND và UBND\",\"" + today.minusDays(10) + "\"")
                .contains("\"Đỗ Thị Sương\"");
        assertThat(lines[1]).matches(".*\"(10|9|11)\",\"Đỗ Thị Sương\"$");
    }

    @Test
    void acknowledgementsStillOutstandingAreThoseOfMembersWhoHaveNotReadTheIssue() {
        repo.people.putAll(Map.of("an", "Nguyễn Văn An", "binh", "Trần Thị Bình", "cuong", "Lê Văn Cường"));
        repo.groupNames.put("GROUP_TEAM_A", "Tổ một cửa");
        repo.groupMembers.put("GROUP_TEAM_A", new java.util.LinkedHashSet<>(Set.of("cuong")));
        repo.groupMembers.get("GROUP_WARDQMS_UNIT_VP").addAll(List.of("an", "binh", "GROUP_TEAM_A"));
        FakeAcs.FakeNode doc = repo.nodes.values().stream().filter(n -> "QT-03".equals(n.properties.get("qms:documentCode"))).findFirst().orElseThrow();
        doc.properties.put("qms:distributionGroups", new ArrayList<>(List.of("GROUP_WARDQMS_UNIT_VP")));
        doc.properties.put("qms:acknowledgementsRequestedOn", "2026-11-20T02:00:00.000+0000");
        doc.properties.put("qms:acknowledgedBy", new ArrayList<>(List.of("binh")));
        doc.properties.put("qms:acknowledgedOn", new ArrayList<>(List.of("2026-11-21T02:00:00.000+0000")));

        StringWriter csv = new StringWriter();
        writer.writeCsv(reports.outstandingAcknowledgements(), Locale.ENGLISH, LocalDate.of(2026, 11, 25), csv);
        assertThat(csv.toString().split("\r\n")).containsExactly(
                "\uFEFF\"No.\",\"Code\",\"Document title\",\"Issue\",\"Effective date\",\"Requested on\",\"User name\",\"Name\"",
                "\"1\",\"QT-03\",\"Quy trình QT-03\",\"1\",\"2024-03-22\",\"2026-11-20\",\"an\",\"Nguyễn Văn An\"",
                "\"2\",\"QT-03\",\"Quy trình QT-03\",\"1\",\"2024-03-22\",\"2026-11-20\",\"cuong\",\"Lê Văn Cường\"");
    }

    @Test
    void reportsArePublishedDailyIntoTheRestrictedReportFolderAsVersionsOfTheSameDocuments() {
        FakeAcs.FakeNode folder = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.REPORTS);
        assertThat(folder.inherit).isFalse();
        assertThat(folder.locallySet).containsOnlyKeys(SiteLayout.SECRETARY, SiteLayout.APPROVERS);
        List<String> first = publisher.publishAll();
        assertThat(first).contains("Danh mục tài liệu nội bộ.xlsx", "Theo dõi tình trạng sửa đổi.xlsx", "Tài liệu quá hạn xem xét định kỳ.html",
                "Xác nhận đã đọc chưa hoàn thành.html");
        publisher.publishAll();
        List<FakeAcs.FakeNode> published = repo.nodes.values().stream().filter(n -> folder.id.equals(n.parentId)).toList();
        assertThat(published).hasSize(first.size());
        assertThat(published).allSatisfy(n -> assertThat(n.versions).hasSize(2));
        String register = new String(published.stream().filter(n -> n.name.equals("Danh mục tài liệu nội bộ.html")).findFirst().orElseThrow().content,
                StandardCharsets.UTF_8);
        assertThat(register).contains("Danh mục tài liệu nội bộ", "QT-02", "QT-03");
    }

    @Test
    void theCommandWritesOneReportToAFileOrExplainsWhatIsWrong(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path file = dir.resolve("QT-02.html");
        assertThat(command.run(List.of("report", "amendments", "--code=QT-02", "--out=" + file), new PrintStream(out), new PrintStream(err))).isZero();
        assertThat(Files.readString(file)).contains("Theo dõi tình trạng sửa đổi", "Mục 5.3");

        assertThat(command.run(List.of("report", "audits", "--out=x"), new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(command.run(List.of("report", "register", "--format=pdf", "--out=x"), new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(command.run(List.of("report", "amendments", "--code=qt 2", "--out=" + dir.resolve("y")), new PrintStream(out),
                new PrintStream(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown report 'audits'", "--format must be html, csv or xlsx",
                "'qt 2' is not a document code");
        assertThat(dir.resolve("y")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("QT-02.html");
        }
    }
}
