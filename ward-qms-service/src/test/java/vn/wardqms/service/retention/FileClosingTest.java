package vn.wardqms.service.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.acs.StandInRepositoryTest;
import vn.wardqms.service.provisioning.ProvisioningService;
import vn.wardqms.service.provisioning.SiteLayout;
import vn.wardqms.service.reconciliation.ReconciliationSweep;
import vn.wardqms.service.reports.DocumentRegister;
import vn.wardqms.service.reports.TableWriter;

/** Closing a record file classifies it and its records from the shipped schedule; the yearly Danh mục hồ sơ lists it. */
class FileClosingTest extends StandInRepositoryTest {

    @Autowired
    ProvisioningService provisioning;
    @Autowired
    FileClosingHandler closing;
    @Autowired
    ReconciliationSweep sweep;
    @Autowired
    FileList fileList;

    FakeAcs.Repository repo;
    FakeAcs.FakeNode unitYear;

    @BeforeEach
    void provisioned() {
        provisioning.provision();
        repo = acs.repository();
        acs.evaluateQueries();
        unitYear = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.RECORDS + "/Văn phòng HĐND và UBND");
    }

    private FakeAcs.FakeNode file(String code, String title, String type, int year) {
        FakeAcs.FakeNode f = repo.add(unitYear.id, code.replace("/", "-") + " " + title, "qms:recordFolder");
        f.properties.putAll(Map.of("qms:fileCode", code, "cm:title", title, "qms:fileYear", String.valueOf(year), "qms:fileState", "OPEN",
                "qms:recordTypeCode", type, "qms:ownerUnit", "Văn phòng HĐND và UBND", "qms:fileCreator", "Đỗ Thị Sương",
                "qms:dispositionStatus", "ACTIVE"));
        return f;
    }

    @Test
    void closingAFileGivesItAndEveryRecordInItTheirRetention() {
        FakeAcs.FakeNode audit = file("01/ĐGNB", "Hồ sơ đánh giá nội bộ năm 2025", "QLCL.03", 2025);
        List<FakeAcs.FakeNode> records = List.of(repo.add(audit.id, "Kế hoạch đánh giá.docx", "qms:record"),
                repo.add(audit.id, "Báo cáo đánh giá.docx", "qms:record"));
        repo.add(audit.id, "ảnh.jpg", "cm:content");
        assertThat(closing.handle(audit.id)).as("open: nothing to do").isFalse();

        audit.properties.put("qms:fileState", "CLOSED");
        audit.properties.put("qms:fileClosedOn", "2026-01-12");
        assertThat(closing.handle(audit.id)).isTrue();
        assertThat(audit.properties).containsEntry("qms:retentionStart", "2025-12-31").containsEntry("qms:retainUntil", "2035-12-31")
                .containsEntry("qms:retentionYears", "10").containsEntry("qms:dispositionAction", "DESTROY")
                .containsEntry("qms:retentionTrigger", "END_OF_YEAR").containsEntry("qms:retentionPermanent", "false");
        assertThat(records).allSatisfy(r -> assertThat(r.properties).containsEntry("qms:retainUntil", "2035-12-31")
                .containsEntry("qms:recordTypeCode", "QLCL.03"));
        int writes = acs.writes();
        assertThat(closing.handle(audit.id)).isFalse();
        assertThat(acs.writes()).isEqualTo(writes);
    }

    @Test
    void aPermanentFileHasNoEndButATransferAndALostEventIsMadeUpByTheSweep() {
        FakeAcs.FakeNode destruction = file("02/LT", "Hồ sơ hủy tài liệu năm 2025", "LT.01", 2025);
        destruction.properties.put("qms:fileState", "CLOSED");
        assertThat(sweep.sweep().failures()).isZero();
        assertThat(destruction.properties).containsEntry("qms:retentionPermanent", "true").containsEntry("qms:dispositionAction", "TRANSFER")
                .doesNotContainKey("qms:retainUntil").containsKey("qms:fileClosedOn");
        assertThat(sweep.sweep().actions()).isZero();
    }

    @Test
    void aFileClosedOverTheRestApiWhoseEventIsLostIsFoundBySweepsOnceTheIndexHasIt() throws Exception {
        repo.indexLag = java.time.Duration.ofSeconds(2);
        repo.now = java.time.Instant.parse("2026-01-12T02:00:00Z");
        FakeAcs.FakeNode audit = file("05/ĐGNB", "Hồ sơ đánh giá nội bộ năm 2025", "QLCL.03", 2025);
        audit.locallySet.put("suong", "Collaborator");
        // The clerk closes the file in Share (a PUT as herself); the repository's event never reaches the service.
        java.net.http.HttpResponse<String> closed = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(acs.url() + FakeAcs.CORE + "/nodes/" + audit.id))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("suong:secret".getBytes()))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"properties\":{\"qms:fileState\":\"CLOSED\"}}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(closed.statusCode()).isEqualTo(200);

        ReconciliationSweep.Result tooSoon = sweep.sweep();
        assertThat(tooSoon.actions()).as("the index does not have the change yet").isZero();
        assertThat(audit.properties).doesNotContainKey("qms:retainUntil");

        repo.now = repo.now.plusSeconds(3);
        assertThat(sweep.sweep().actions()).as("the next sweep after the lag").isGreaterThan(0);
        assertThat(audit.properties).containsEntry("qms:retainUntil", "2035-12-31").containsEntry("qms:retentionYears", "10");
        repo.now = repo.now.plusSeconds(300);
        assertThat(sweep.sweep().actions()).isZero();
    }

    @Test
    void aFileWithoutARecordTypeInTheScheduleIsNamedAndLeftAsItIs() {
        FakeAcs.FakeNode odd = file("03/X", "Hồ sơ lạ", "XX.99", 2025);
        odd.properties.put("qms:fileState", "CLOSED");
        assertThatThrownBy(() -> closing.handle(odd.id)).hasMessageContaining("file 03/X")
                .hasMessageContaining("record type 'XX.99' is not in the retention schedule");
        assertThat(odd.properties).doesNotContainKeys("qms:retainUntil", "qms:retentionTrigger");
    }

    @Autowired
    DispositionCandidates candidates;

    @Test
    void filesPastRetentionBecomeDueForTheCouncilUnlessHeld() {
        FakeAcs.FakeNode old = file("01-2014", "Hồ sơ đánh giá nội bộ năm 2014", "QLCL.03", 2014);
        FakeAcs.FakeNode held = file("02-2014", "Hồ sơ xem xét của lãnh đạo năm 2014", "QLCL.04", 2014);
        FakeAcs.FakeNode recent = file("03-2024", "Hồ sơ đánh giá nội bộ năm 2024", "QLCL.03", 2024);
        FakeAcs.FakeNode permanent = file("04-2015", "Hồ sơ hủy tài liệu năm 2015", "LT.01", 2015);
        for (FakeAcs.FakeNode f : List.of(old, held, recent, permanent)) {
            f.properties.put("qms:fileState", "CLOSED");
            f.properties.put("qms:fileClosedOn", (Integer.parseInt(f.properties.get("qms:fileYear").toString()) + 1) + "-01-10");
        }
        held.aspects.add("qms:legalHold");
        held.properties.put("qms:holdReason", "Thanh tra đang xem xét");
        repo.now = java.time.Instant.now();
        assertThat(sweep.sweep().failures()).isZero(); // closes (classifies) all four
        assertThat(sweep.sweep().failures()).isZero(); // past retention: due
        assertThat(old.properties).containsEntry("qms:retainUntil", "2024-12-31").containsEntry("qms:dispositionStatus", "DUE");
        assertThat(held.properties).as("a hold suspends disposition").containsEntry("qms:dispositionStatus", "ACTIVE");
        assertThat(recent.properties).containsEntry("qms:dispositionStatus", "ACTIVE");
        assertThat(permanent.properties).containsEntry("qms:dispositionStatus", "ACTIVE");

        StringWriter destroy = new StringWriter();
        new TableWriter().writeCsv(candidates.toDestroy(), DocumentRegister.VIETNAMESE, LocalDate.now(), destroy);
        assertThat(destroy.toString().split("\r\n")).hasSize(2);
        assertThat(destroy.toString()).contains("\"01-2014\"", "\"10 năm\"", "\"2024-12-31\"", "\"Hết thời hạn lưu trữ\"")
                .startsWith("\uFEFF\"STT\",\"Số và ký hiệu hồ sơ\"");
        StringWriter transfer = new StringWriter();
        new TableWriter().writeCsv(candidates.toTransfer(), java.util.Locale.ENGLISH, LocalDate.now(), transfer);
        assertThat(transfer.toString()).as("5 years counted from 2016, when it entered the current archive").contains("\"04-2015\"", "\"2021-12-31\"");
    }

    @Test
    void theYearlyFileListHasTheDecree30ColumnsGroupedByUnit() {
        file("01/ĐGNB", "Hồ sơ đánh giá nội bộ năm 2025", "QLCL.03", 2025).properties.put("qms:retentionYears", "10");
        FakeAcs.FakeNode permanent = file("02/LT", "Hồ sơ hủy tài liệu năm 2025", "LT.01", 2025);
        permanent.properties.put("qms:retentionPermanent", "true");
        file("05/MC", "Hồ sơ một cửa năm 2024", "MC.01", 2024);
        StringWriter csv = new StringWriter();
        new TableWriter().writeCsv(fileList.of(2025), DocumentRegister.VIETNAMESE, LocalDate.of(2026, 1, 15), csv);
        assertThat(csv.toString().split("\r\n")).containsExactly(
                "\uFEFF\"STT\",\"Số và ký hiệu hồ sơ\",\"Tên đề mục và tiêu đề hồ sơ\",\"Thời hạn bảo quản\",\"Người lập hồ sơ\",\"Ghi chú\"",
                "\"1\",\"\",\"I. VĂN PHÒNG HĐND VÀ UBND\",\"\",\"\",\"\"",
                "\"2\",\"01/ĐGNB\",\"Hồ sơ đánh giá nội bộ năm 2025\",\"10 năm\",\"Đỗ Thị Sương\",\"\"",
                "\"3\",\"02/LT\",\"Hồ sơ hủy tài liệu năm 2025\",\"Vĩnh viễn\",\"Đỗ Thị Sương\",\"\"");
        assertThatThrownBy(() -> fileList.of(1900)).hasMessageContaining("outside 1945-2100");
    }
}
