package vn.wardqms.service.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.acs.StandInRepositoryTest;
import vn.wardqms.service.provisioning.ProvisioningService;
import vn.wardqms.service.provisioning.SiteLayout;

/**
 * The competent person's decision carried out exactly for the files it covers: tombstone before deletion, certificate
 * from the tombstones, a hold always wins, a failure half-way finished by the next run, and a decision that covers a
 * file not past retention refused whole.
 */
class DispositionRunTest extends StandInRepositoryTest {
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    DispositionRun run;
    @Autowired
    org.alfresco.core.handler.NodesApi nodes;
    @Autowired
    java.time.Clock clock;

    FakeAcs.Repository repo;
    FakeAcs.FakeNode unit;
    FakeAcs.FakeNode decisions;
    FakeAcs.FakeNode register;
    String library;

    @BeforeEach
    void provisioned() {
        provisioning.provision();
        repo = acs.repository();
        library = repo.containers.get("ward-qms");
        unit = repo.resolve(library, SiteLayout.RECORDS + "/Văn phòng HĐND và UBND");
        decisions = repo.resolve(library, SiteLayout.RECORDS + "/" + SiteLayout.APPRAISAL);
        register = repo.resolve(library, SiteLayout.SYSTEM + "/" + SiteLayout.AUDIT_REGISTER);
        // The quality secretary records the council's decisions; the service finds files by code through search.
        repo.people.put("thu", "Phạm Thị Thu");
        repo.groupMembers.get(SiteLayout.SECRETARY).add("thu");
        acs.evaluateQueries();
    }

    private FakeAcs.FakeNode file(String code, String status, String action) {
        FakeAcs.FakeNode f = repo.add(unit.id, code + " Hồ sơ", "qms:recordFolder");
        f.properties.putAll(Map.of("qms:fileCode", code, "cm:title", "Hồ sơ " + code, "qms:fileYear", "2014", "qms:fileState", "CLOSED",
                "qms:recordTypeCode", "QLCL.03", "qms:retentionYears", "10", "qms:retainUntil", "2024-12-31",
                "qms:dispositionAction", action, "qms:dispositionStatus", status));
        repo.add(f.id, "Biên bản.docx", "qms:record");
        repo.add(f.id, "Báo cáo.docx", "qms:record");
        return f;
    }

    /** A decision as the quality secretary records it in Xác định giá trị tài liệu: the codes of its files, no links. */
    private FakeAcs.FakeNode decision(String action, FakeAcs.FakeNode... files) {
        return decision(decisions, "thu", action, files);
    }

    private FakeAcs.FakeNode decision(FakeAcs.FakeNode folder, String by, String action, FakeAcs.FakeNode... files) {
        FakeAcs.FakeNode d = repo.add(folder.id, "Quyết định 12.pdf", "qms:dispositionDecision");
        d.createdBy = by;
        d.properties.putAll(Map.of("qms:decisionNumber", "12/QĐ-HĐXĐGTTL", "qms:decisionDate", decided().toString(), "qms:decisionAction", action,
                "qms:decisionState", "RECORDED"));
        d.properties.put("qms:councilMembers", new ArrayList<>(List.of("Nguyễn Hoạt — Chủ tịch Hội đồng", "Đỗ Thị Sương — Thư ký")));
        Dossiers.sign(d);
        if (action.equals("DESTROY")) {
            Dossiers.complete(repo, library, "thu", d, decided());
        }
        List<String> codes = new ArrayList<>();
        for (FakeAcs.FakeNode f : files) {
            codes.add(String.valueOf(f.properties.get("qms:fileCode")));
        }
        d.properties.put("qms:decisionFileCodes", codes);
        return d;
    }

    /** Decided five days ago: within the 15 days the law gives to destroy. */
    private java.time.LocalDate decided() {
        return java.time.LocalDate.now(clock).minusDays(5);
    }

    private FakeAcs.FakeNode entriesOf(FakeAcs.FakeNode decision) {
        return repo.child(register.id, "QĐ 12-QĐ-HĐXĐGTTL");
    }

    /** The register's entries of a decision as "file code EVENT". */
    private List<String> events(FakeAcs.FakeNode entries) {
        return children(entries).stream().filter(n -> n.type.equals("qms:auditEntry"))
                .map(n -> n.properties.get("qms:auditFileCode") + " " + n.properties.get("qms:auditEvent")).toList();
    }

    private List<FakeAcs.FakeNode> children(FakeAcs.FakeNode parent) {
        return repo.nodes.values().stream().filter(n -> parent.id.equals(n.parentId)).toList();
    }

    @Test
    void exactlyTheCoveredFilesAreDestroyedEachWithItsTombstoneAndTheCertificateListsThem() {
        FakeAcs.FakeNode a = file("01-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode b = file("02-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode other = file("03-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode d = decision("DESTROY", a, b);
        assertThat(run.handle(d.id)).isTrue();

        assertThat(d.targets.get("qms:decisionCovers")).as("linked by the service from the codes").isEmpty();
        assertThat(repo.nodes).doesNotContainKeys(a.id, b.id).containsKey(other.id);
        assertThat(repo.nodes.values()).noneMatch(n -> a.id.equals(n.parentId));
        FakeAcs.FakeNode entries = entriesOf(d);
        assertThat(events(entries)).as("the intent is written before the deletion, the tombstone after; the register only grows")
                .containsExactlyInAnyOrder("01-2014 DESTROYING", "01-2014 DESTROYED", "02-2014 DESTROYING", "02-2014 DESTROYED");
        List<FakeAcs.FakeNode> tombstones = children(entries).stream().filter(n -> "DESTROYED".equals(n.properties.get("qms:auditEvent"))).toList();
        assertThat(tombstones).hasSize(2).allSatisfy(t -> assertThat(t.properties)
                .containsEntry("qms:auditDecisionNumber", "12/QĐ-HĐXĐGTTL").containsEntry("qms:auditRecordCount", "2")
                .containsEntry("qms:auditRetention", "10 năm").containsEntry("qms:auditFileYear", "2014"));
        FakeAcs.FakeNode certificate = repo.child(entries.id, "Biên bản về việc hủy tài liệu - QĐ 12-QĐ-HĐXĐGTTL.html");
        String html = new String(certificate.content, StandardCharsets.UTF_8);
        assertThat(html).contains("Biên bản về việc hủy tài liệu", "Quyết định số 12/QĐ-HĐXĐGTTL ngày " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(decided()),
                "Lê Văn Minh", "Chủ tịch Ủy ban nhân dân phường Bắc Cam Ranh", "ĐẠI DIỆN CƠ QUAN, ĐƠN VỊ HỦY TÀI LIỆU", "đóng dấu", "Nguyễn Hoạt — Chủ tịch Hội đồng",
                "01-2014", "02-2014", "Đã hủy").doesNotContain("03-2014");
        assertThat(d.properties).containsEntry("qms:decisionState", "COMPLETED");
        int writes = acs.writes();
        assertThat(run.handle(d.id)).isFalse();
        assertThat(acs.writes()).isEqualTo(writes);
    }

    @Test
    void aDecisionCoveringAFileStillInRetentionIsRefusedWholeAndNothingIsDone() {
        FakeAcs.FakeNode due = file("01-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode kept = file("02-2020", "ACTIVE", "DESTROY");
        FakeAcs.FakeNode d = decision("DESTROY", due, kept);
        int writes = acs.writes();
        assertThatThrownBy(() -> run.handle(d.id)).hasMessageContaining("nothing was done: file 02-2020")
                .hasMessageContaining("is not past its retention");
        assertThat(repo.nodes).containsKeys(due.id, kept.id);
        assertThat(d.properties).containsEntry("qms:decisionState", "RECORDED");
        assertThat(acs.writes()).isEqualTo(writes);
    }

    @Test
    void aHoldPlacedWhileTheRunIsHaltedWinsAndTheRunIsFinishedLater() {
        FakeAcs.FakeNode a = file("01-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode b = file("02-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode d = decision("DESTROY", a, b);
        repo.failUpdatesOf.add(b.id); // the repository fails when b's status is set: the run stops half-way
        assertThatThrownBy(() -> run.handle(d.id)).hasMessageContaining("500");
        assertThat(repo.nodes).doesNotContainKey(a.id).containsKey(b.id);
        assertThat(d.properties).containsEntry("qms:decisionState", "EXECUTING");

        // Meanwhile an inspection puts a record of b on hold.
        FakeAcs.FakeNode record = repo.nodes.values().stream().filter(n -> b.id.equals(n.parentId)).findFirst().orElseThrow();
        record.aspects.add("qms:legalHold");
        record.properties.put("qms:holdReason", "Thanh tra tỉnh yêu cầu giữ lại");
        assertThat(run.handle(d.id)).isTrue();
        assertThat(repo.nodes).as("the hold wins").containsKey(b.id);
        FakeAcs.FakeNode entries = entriesOf(d);
        assertThat(events(entries)).containsExactlyInAnyOrder("01-2014 DESTROYING", "01-2014 DESTROYED", "02-2014 CANCELLED");
        String html = new String(repo.child(entries.id, "Biên bản về việc hủy tài liệu - QĐ 12-QĐ-HĐXĐGTTL.html").content, StandardCharsets.UTF_8);
        assertThat(html).contains("Không hủy", "Tạm giữ, không hủy", "Thanh tra tỉnh yêu cầu giữ lại");
        assertThat(d.properties).containsEntry("qms:decisionState", "COMPLETED");
    }

    @Test
    void aTombstoneLeftDestroyingByARunThatStoppedAfterTheDeletionIsCompleted() {
        FakeAcs.FakeNode a = file("01-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode d = decision("DESTROY", a);
        d.properties.put("qms:decisionState", "EXECUTING");
        FakeAcs.FakeNode entries = repo.add(register.id, "QĐ 12-QĐ-HĐXĐGTTL", "cm:folder");
        FakeAcs.FakeNode earlier = repo.add(entries.id, "gone-file-id", "qms:auditEntry");
        earlier.properties.putAll(Map.of("qms:auditEvent", "DESTROYING", "qms:auditSubjectId", "6a6e1b52-0000-4000-8000-000000000001",
                "qms:auditFileCode", "00-2013", "qms:auditDecisionNumber", "12/QĐ-HĐXĐGTTL"));
        assertThat(run.handle(d.id)).isTrue();
        assertThat(earlier.properties).as("the register's entries are never changed").containsEntry("qms:auditEvent", "DESTROYING");
        assertThat(events(entries)).as("its file is gone: it was destroyed")
                .containsExactlyInAnyOrder("00-2013 DESTROYING", "00-2013 DESTROYED", "01-2014 DESTROYING", "01-2014 DESTROYED");
        assertThat(new String(repo.child(entries.id, "Biên bản về việc hủy tài liệu - QĐ 12-QĐ-HĐXĐGTTL.html").content,
                StandardCharsets.UTF_8)).contains("00-2013", "01-2014");
    }

    @Test
    void aHoldPlacedAtTheMomentOfDeletionIsRefusedByTheRepositoryAndWins() {
        FakeAcs.FakeNode a = file("01-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode d = decision("DESTROY", a);
        FakeAcs.FakeNode record = repo.nodes.values().stream().filter(n -> a.id.equals(n.parentId)).findFirst().orElseThrow();
        // Between the run's last look and its deletion, an inspector puts a record of the file on hold.
        repo.beforeDelete = node -> {
            record.aspects.add("qms:legalHold");
            record.properties.put("qms:holdReason", "Thanh tra huyện yêu cầu giữ lại");
        };
        assertThat(run.handle(d.id)).isTrue();
        assertThat(repo.nodes).as("the repository refused to delete a held file").containsKeys(a.id, record.id);
        FakeAcs.FakeNode entries = entriesOf(d);
        assertThat(events(entries)).containsExactlyInAnyOrder("01-2014 DESTROYING", "01-2014 CANCELLED");
        String html = new String(repo.child(entries.id, "Biên bản về việc hủy tài liệu - QĐ 12-QĐ-HĐXĐGTTL.html").content, StandardCharsets.UTF_8);
        assertThat(html).contains("Không hủy", "Thanh tra huyện yêu cầu giữ lại").doesNotContain("Đã hủy /");
        assertThat(d.properties).containsEntry("qms:decisionState", "COMPLETED");
    }

    @Test
    void theRepositoryRefusesToChangeOrDeleteAnEntryOfTheRegister() {
        FakeAcs.FakeNode a = file("01-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode d = decision("DESTROY", a);
        assertThat(run.handle(d.id)).isTrue();
        FakeAcs.FakeNode tombstone = children(entriesOf(d)).stream().filter(n -> "DESTROYED".equals(n.properties.get("qms:auditEvent")))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> nodes.updateNode(tombstone.id, new org.alfresco.core.model.NodeBodyUpdate()
                .properties(Map.of("qms:auditEvent", "CANCELLED")), null, null)).hasMessageContaining("500")
                .hasMessageContaining("of the records audit register cannot be changed");
        assertThatThrownBy(() -> nodes.deleteNode(tombstone.id, true)).hasMessageContaining("500");
        assertThat(tombstone.properties).containsEntry("qms:auditEvent", "DESTROYED");
    }

    @Test
    void aTransferDecisionMarksItsFilesAndMakesTheTransferList() {
        FakeAcs.FakeNode permanent = file("05-2010", "DUE", "TRANSFER");
        permanent.properties.put("qms:retentionPermanent", "true");
        permanent.properties.put("qms:retainUntil", "2025-12-31"); // due for the historical archive
        FakeAcs.FakeNode d = decision("TRANSFER", permanent);
        assertThat(run.handle(d.id)).isTrue();
        assertThat(permanent.properties).containsEntry("qms:dispositionStatus", "TRANSFERRED");
        assertThat(repo.nodes).containsKey(permanent.id);
        String html = new String(repo.child(entriesOf(d).id, "Mục lục hồ sơ nộp lưu - QĐ 12-QĐ-HĐXĐGTTL.html").content, StandardCharsets.UTF_8);
        assertThat(html).contains("Mục lục hồ sơ nộp lưu", "05-2010", "Vĩnh viễn", "Đã nộp lưu");
    }

    // ---- What the service proves before it disposes of anything -------------------------------------------

    @Test
    void aDecisionWrittenStraightIntoExecutingDisposesOfNothingThatDoesNotPassTheChecks() {
        FakeAcs.FakeNode open = file("01-2026", "ACTIVE", "DESTROY");
        open.properties.put("qms:fileState", "OPEN");
        FakeAcs.FakeNode kept = file("02-2020", "ACTIVE", "DESTROY");
        kept.properties.put("qms:retainUntil", "2030-12-31");
        FakeAcs.FakeNode due = file("03-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode d = decision("DESTROY", open, kept, due);
        d.properties.put("qms:decisionState", "EXECUTING"); // as an administrator could write it, skipping the first checks
        assertThat(run.handle(d.id)).isTrue();

        assertThat(repo.nodes).containsKeys(open.id, kept.id).doesNotContainKey(due.id);
        List<String> reasons = children(entriesOf(d)).stream().filter(n -> "CANCELLED".equals(n.properties.get("qms:auditEvent")))
                .map(n -> n.properties.get("qms:auditFileCode") + ": " + n.properties.get("qms:auditDetail")).toList();
        assertThat(reasons).containsExactlyInAnyOrder("01-2026: Không hủy — not destroyed: the file is not closed",
                "02-2020: Không hủy — not destroyed: the file is not past its retention (status ACTIVE, kept until 2030-12-31)");
    }

    @Test
    void aDecisionOutsideTheAppraisalFolderOrNotRecordedByTheSecretaryIsNotCarriedOut() {
        FakeAcs.FakeNode a = file("01-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode inUnit = decision(unit, "thu", "DESTROY", a);
        assertThatThrownBy(() -> run.handle(inUnit.id)).hasMessageContaining("is not carried out, nothing was done: it is not in 'Hồ sơ/Xác định giá trị tài liệu'");
        repo.people.put("lan", "Trần Thị Lan");
        FakeAcs.FakeNode byStaff = decision(decisions, "lan", "DESTROY", a);
        byStaff.properties.put("qms:decisionState", "EXECUTING");
        assertThatThrownBy(() -> run.handle(byStaff.id))
                .hasMessageContaining("it was recorded by lan, who is not a member of the quality secretary group GROUP_WARDQMS_SECRETARY");
        assertThat(repo.nodes).containsKey(a.id);
        assertThat(repo.child(register.id, "QĐ 12-QĐ-HĐXĐGTTL")).as("nothing written").isNull();
        assertThat(inUnit.properties).containsEntry("qms:decisionState", "RECORDED");
    }

    @Test
    void aFileLinkedToAHalfDoneRunButNotListedInItsDecisionIsNeverTouched() {
        FakeAcs.FakeNode a = file("01-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode b = file("02-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode d = decision("DESTROY", a, b);
        repo.failUpdatesOf.add(b.id);
        assertThatThrownBy(() -> run.handle(d.id)).hasMessageContaining("500");
        FakeAcs.FakeNode extra = file("09-2015", "DUE", "DESTROY");
        d.targets.get("qms:decisionCovers").add(extra.id); // slipped into the covers of the stopped run
        assertThat(run.handle(d.id)).isTrue();
        assertThat(repo.nodes).containsKey(extra.id).doesNotContainKeys(a.id, b.id);
        assertThat(events(entriesOf(d))).noneMatch(e -> e.startsWith("09-2015"));
    }

    @Test
    void aCodeThatIsTwoFilesRefusesTheDecision() {
        FakeAcs.FakeNode a = file("01-2014", "DUE", "DESTROY");
        file("01-2014", "DUE", "DESTROY");
        FakeAcs.FakeNode d = decision("DESTROY", a);
        assertThatThrownBy(() -> run.handle(d.id)).hasMessageContaining("lists file 01-2014, which is 2 record file(s) in the repository: nothing was done");
        assertThat(repo.nodes).containsKey(a.id);
    }

    @Test
    void aTransferRespectsHoldsAndTimingAsADestructionDoes() {
        FakeAcs.FakeNode held = file("05-2010", "DUE", "TRANSFER");
        FakeAcs.FakeNode notYet = file("06-2020", "ACTIVE", "TRANSFER");
        notYet.properties.put("qms:retainUntil", "2035-12-31");
        FakeAcs.FakeNode record = repo.nodes.values().stream().filter(n -> held.id.equals(n.parentId)).findFirst().orElseThrow();
        record.aspects.add("qms:legalHold");
        record.properties.put("qms:holdReason", "Khiếu nại đang giải quyết");
        FakeAcs.FakeNode d = decision("TRANSFER", held, notYet);
        d.properties.put("qms:decisionState", "EXECUTING");
        assertThat(run.handle(d.id)).isTrue();
        assertThat(held.properties).containsEntry("qms:dispositionStatus", "DUE");
        assertThat(notYet.properties).containsEntry("qms:dispositionStatus", "ACTIVE");
        assertThat(events(entriesOf(d))).containsExactlyInAnyOrder("05-2010 CANCELLED", "06-2020 CANCELLED");
    }
}
