package vn.wardqms.service.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.acs.MovableClock;
import vn.wardqms.service.acs.StandInRepositoryTest;
import vn.wardqms.service.events.QmsNodeHandler;
import vn.wardqms.service.provisioning.ProvisioningService;
import vn.wardqms.service.provisioning.SiteLayout;
import vn.wardqms.service.reconciliation.ReconciliationSweep;
import vn.wardqms.service.reconciliation.Sweeps;
import vn.wardqms.service.reports.DocumentRegister;
import vn.wardqms.service.reports.TableReport;
import vn.wardqms.service.reports.TableWriter;

/**
 * A record file's whole life with every event lost, then every event delivered again: only the reconciliation sweep
 * (the stand-in evaluates its queries over the repository, at the office's date) and the file's own state drive it —
 * opened and filled, closed and classified from the schedule, listed in its year's Danh mục hồ sơ, held by an inspection
 * past its retention (so not due), released and due for the records destruction council, destroyed under the council's decision
 * with its register entries and certificate.
 */
@Import(MovableClock.Office.class)
class RecordsJourneyTest extends StandInRepositoryTest {
    static final MovableClock clock = MovableClock.OFFICE;

    @Autowired
    ProvisioningService provisioning;
    @Autowired
    ReconciliationSweep sweep;
    @Autowired
    List<QmsNodeHandler> handlers;
    @Autowired
    FileList fileList;
    @Autowired
    DispositionCandidates candidates;

    @Test
    void anInternalAuditFileFromOpeningToItsDestructionDrivenByTheSweepAlone() {
        at("2025-03-02T02:00:00Z");
        provisioning.provision();
        FakeAcs.Repository repo = acs.repository();
        acs.evaluateQueries();
        // Search Services index a write a moment after it is made: the journey must not depend on seeing it at once.
        repo.indexLag = java.time.Duration.ofSeconds(2);
        String library = repo.containers.get("ward-qms");
        FakeAcs.FakeNode unit = repo.resolve(library, SiteLayout.RECORDS + "/Văn phòng HĐND và UBND");
        FakeAcs.FakeNode appraisal = repo.resolve(library, SiteLayout.RECORDS + "/" + SiteLayout.APPRAISAL);
        FakeAcs.FakeNode register = repo.resolve(library, SiteLayout.SYSTEM + "/" + SiteLayout.AUDIT_REGISTER);

        // The quality secretary opens the year's internal-audit file and files the plan and the report in it.
        FakeAcs.FakeNode file = repo.add(unit.id, "01-ĐGNB Hồ sơ đánh giá nội bộ năm 2025", "qms:recordFolder");
        file.properties.putAll(Map.of("qms:fileCode", "01/ĐGNB", "cm:title", "Hồ sơ đánh giá nội bộ năm 2025", "qms:fileYear", "2025",
                "qms:fileState", "OPEN", "qms:recordTypeCode", "QLCL.03", "qms:ownerUnit", "Văn phòng HĐND và UBND",
                "qms:fileCreator", "Đỗ Thị Sương", "qms:dispositionStatus", "ACTIVE"));
        FakeAcs.FakeNode plan = repo.add(file.id, "Kế hoạch đánh giá nội bộ.docx", "qms:record");
        FakeAcs.FakeNode report = repo.add(file.id, "Báo cáo đánh giá nội bộ.docx", "qms:record");
        assertThat(sweep.sweep().actions()).as("an open file is left as it is").isZero();

        // Closed after the year's work ended: the file and each record get their retention from the schedule.
        at("2026-01-12T03:00:00Z");
        file.properties.put("qms:fileState", "CLOSED");
        assertThat(Sweeps.untilQuiet(sweep, clock, acs.repository()).failures()).isZero();
        for (FakeAcs.FakeNode n : List.of(file, plan, report)) {
            assertThat(n.properties).containsEntry("qms:retainUntil", "2035-12-31").containsEntry("qms:dispositionAction", "DESTROY");
        }
        assertThat(file.properties).containsEntry("qms:fileClosedOn", "2026-01-12").containsEntry("qms:retentionStart", "2025-12-31");
        assertThat(sweep.sweep().actions()).isZero();
        assertThat(csv(fileList.of(2025))).contains("\"01/ĐGNB\",\"Hồ sơ đánh giá nội bộ năm 2025\",\"10 năm\",\"Đỗ Thị Sương\"");

        // An inspection holds a record before the file's retention ends: on the day it ends, the file is not due.
        at("2035-11-03T03:00:00Z");
        report.aspects.add("qms:legalHold");
        report.properties.putAll(Map.of("qms:holdReason", "Thanh tra thành phố kiểm tra công tác đánh giá", "qms:holdPlacedBy", "suong"));
        at("2036-01-02T03:00:00Z");
        assertThat(Sweeps.untilQuiet(sweep, clock, acs.repository()).failures()).isZero();
        assertThat(file.properties).as("a hold suspends disposition").containsEntry("qms:dispositionStatus", "ACTIVE");
        assertThat(csv(candidates.toDestroy())).doesNotContain("01/ĐGNB");

        // The hold released, the next sweep finds the file due and lists it for the records destruction council.
        at("2036-02-02T03:00:00Z");
        report.aspects.remove("qms:legalHold");
        report.properties.keySet().removeIf(k -> k.startsWith("qms:hold"));
        assertThat(Sweeps.untilQuiet(sweep, clock, acs.repository()).failures()).isZero();
        assertThat(file.properties).containsEntry("qms:dispositionStatus", "DUE");
        assertThat(csv(candidates.toDestroy())).contains("\"01/ĐGNB\"", "\"2035-12-31\"");

        // The quality secretary records the council's decision with the code of the file it covers; the sweep carries it out.
        at("2036-03-10T03:00:00Z");
        repo.people.put("thu", "Phạm Thị Thu");
        repo.groupMembers.get(SiteLayout.SECRETARY).add("thu");
        FakeAcs.FakeNode decision = repo.add(appraisal.id, "Quyết định 03-QĐ-HĐXĐGTTL.pdf", "qms:dispositionDecision");
        decision.createdBy = "thu";
        decision.properties.putAll(Map.of("qms:decisionNumber", "03/QĐ-HĐXĐGTTL", "qms:decisionDate", "2036-03-09",
                "qms:decisionAction", "DESTROY", "qms:decisionState", "RECORDED"));
        decision.properties.put("qms:councilMembers", new ArrayList<>(List.of("Nguyễn Hoạt — Chủ tịch Hội đồng", "Đỗ Thị Sương — Thư ký")));
        decision.properties.put("qms:decisionFileCodes", new ArrayList<>(List.of("01/ĐGNB")));
        Dossiers.sign(decision);
        Dossiers.complete(repo, repo.containers.get("ward-qms"), "thu", decision, java.time.LocalDate.parse("2036-03-09"));
        assertThat(Sweeps.untilQuiet(sweep, clock, acs.repository()).failures()).isZero();
        assertThat(repo.nodes).doesNotContainKeys(file.id, plan.id, report.id);
        assertThat(decision.properties).containsEntry("qms:decisionState", "COMPLETED");
        FakeAcs.FakeNode entries = repo.child(register.id, "QĐ 03-QĐ-HĐXĐGTTL");
        assertThat(repo.nodes.values().stream().filter(n -> entries.id.equals(n.parentId) && n.type.equals("qms:auditEntry"))
                .map(n -> n.properties.get("qms:auditFileCode") + " " + n.properties.get("qms:auditEvent")))
                .containsExactlyInAnyOrder("01/ĐGNB DESTROYING", "01/ĐGNB DESTROYED");
        String certificate = new String(repo.child(entries.id, "Biên bản về việc hủy tài liệu - QĐ 03-QĐ-HĐXĐGTTL.html").content,
                StandardCharsets.UTF_8);
        assertThat(certificate).contains("01/ĐGNB", "Hồ sơ đánh giá nội bộ năm 2025", "10 năm", "Đã hủy");

        // Every event delivered again, late: nothing changes.
        int writes = acs.writes();
        List<FakeAcs.FakeNode> touched = new ArrayList<>(List.of(decision, entries));
        repo.nodes.values().stream().filter(n -> entries.id.equals(n.parentId)).forEach(touched::add);
        for (QmsNodeHandler handler : handlers) {
            for (FakeAcs.FakeNode node : touched) {
                assertThat(handler.handle(node.id)).as(handler.name() + " on " + node.name).isFalse();
            }
            assertThat(handler.handle(file.id)).as(handler.name() + " on the destroyed file").isFalse();
        }
        assertThat(sweep.sweep().actions()).isZero();
        assertThat(acs.writes()).isEqualTo(writes);
    }

    private static String csv(TableReport table) {
        StringWriter out = new StringWriter();
        new TableWriter().writeCsv(table, DocumentRegister.VIETNAMESE, LocalDate.now(clock), out);
        return out.toString();
    }

    private static void at(String instant) {
        clock.now = Instant.parse(instant);
        acs.repository().now = clock.now;
    }
}
