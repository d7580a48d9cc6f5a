package vn.wardqms.service.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.RenditionsApi;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.acs.StandInRepositoryTest;
import vn.wardqms.service.config.InvalidConfigurationException;
import vn.wardqms.service.provisioning.ProvisioningService;
import vn.wardqms.service.provisioning.SiteLayout;

/**
 * What an issue leaves behind: one major version with its approval record, a PDF copy whose first page is the
 * approval manifest, forms numbered under their procedure, privacy until the issue is in force, and a stamped copy
 * once it is obsolete — on the stand-in repository whose every interaction is checked against the API.
 */
@TestPropertySource(properties = {"ward-qms.lifecycle.lead-days=7", "ward-qms.lifecycle.rendition-wait=PT0S", "ward-qms.lifecycle.obsolete-stamp=HẾT HIỆU LỰC — KHÔNG SỬ DỤNG"})
class IssueRecordTest extends StandInRepositoryTest {

    @Autowired
    ProvisioningService provisioning;
    @Autowired
    PublicationHandler publication;
    @Autowired
    IssueRecordHandler issueRecord;
    @Autowired
    PlacementHandler placement;
    @Autowired
    ObsoleteAreaHandler obsoleteArea;
    @Autowired
    NodesApi nodes;
    @Autowired
    RenditionsApi renditions;
    @Autowired
    LifecycleProperties settings;

    FakeAcs.Repository repo;
    FakeAcs.FakeNode drafts;
    FakeAcs.FakeNode draft;

    @BeforeEach
    void approvedDraftSavedFourTimes() {
        provisioning.provision();
        repo = acs.repository();
        drafts = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.DRAFTS);
        draft = approved("Quy trình kiểm soát tài liệu.docx", "PROCEDURE");
    }

    private FakeAcs.FakeNode approved(String name, String kind) {
        FakeAcs.FakeNode doc = repo.add(drafts.id, name, "qms:controlledDocument");
        doc.properties.putAll(Map.of("qms:documentKind", kind, "qms:lifecycleState", "APPROVED",
                "qms:approvedOn", "2026-11-20T03:00:00.000+0000", "qms:drafterName", "Đỗ Thị Sương", "qms:drafterJobTitle", "Chuyên viên",
                "qms:draftedOn", "2026-11-02T02:00:00.000+0000", "qms:approverName", "Nguyễn Hoạt", "qms:approverJobTitle", "Chủ tịch UBND phường",
                "qms:approvalProcessId", "activiti$4711"));
        repo.approval(doc, "2026-11-20T03:00:00.000+0000");
        doc.properties.put("qms:reviewerNames", new ArrayList<>(List.of("Huỳnh Văn Hưng")));
        doc.properties.put("qms:reviewerJobTitles", new ArrayList<>(List.of("Phó Trưởng phòng Văn hóa - Xã hội")));
        doc.properties.put("qms:reviewedOn", new ArrayList<>(List.of("2026-11-18T08:00:00.000+0000")));
        // Private while pending, as the repository's behaviour left it.
        doc.inherit = false;
        doc.locallySet.put(SiteLayout.SECRETARY, "Coordinator");
        LifecycleTest.withContent(doc, "Nội dung " + name);
        for (int save = 1; save <= 4; save++) {
            doc.addVersion(false, null);
        }
        return doc;
    }

    @Test
    void anIssueKeepsOneMajorVersionWithItsApprovalRecordAndAPdfCopyWithItsManifest() throws IOException {
        assertThat(draft.versions).extracting(FakeAcs.FakeVersion::label).containsExactly("0.4", "0.3", "0.2", "0.1");
        publication.handle(draft.id);
        assertThat(issueRecord.handle(draft.id)).isTrue();

        assertThat(draft.versions).as("the drafting saves are collapsed into the issue").hasSize(1);
        FakeAcs.FakeVersion issue = draft.versions.get(0);
        assertThat(issue.label()).isEqualTo("1.0");
        assertThat(issue.comment()).startsWith("Lần ban hành 01 — phê duyệt: Nguyễn Hoạt (Chủ tịch UBND phường) ngày 20/11/2026; "
                + "xem xét: Huỳnh Văn Hưng; soạn thảo: Đỗ Thị Sương / Issue 01, approved by Nguyễn Hoạt on 20/11/2026");
        assertThat(issue.properties()).as("the version holds the cover table and the issue")
                .containsEntry("qms:approverName", "Nguyễn Hoạt").containsEntry("qms:issueNumber", "1").containsEntry("qms:documentCode", "QT-01");
        assertThat(draft.properties).containsEntry("qms:issueVersionLabel", "1.0");

        FakeAcs.FakeNode copy = repo.nodes.get(draft.targets.get("qms:issuedCopy").get(0));
        assertThat(copy.name).isEqualTo("QT-01 - Lần ban hành 01.pdf");
        assertThat(copy.aspects).contains("qms:pdfCopy");
        assertThat(copy.properties).containsEntry("qms:copyOfIssue", "1");
        assertThat(copy.parentId).isEqualTo(draft.parentId);
        assertThat(copy.inherit).as("as private as its pending document").isFalse();
        assertThat(copy.locallySet).containsEntry(SiteLayout.SECRETARY, "Coordinator");
        try (PDDocument pdf = Loader.loadPDF(copy.content)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String manifest = page(pdf, 1);
            assertThat(manifest).contains("ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH", "QT-01", "Lần ban hành / Issue: 01", "27/11/2026",
                    "Soạn thảo", "Xem xét", "Phê duyệt", "Đỗ Thị Sương", "Huỳnh Văn Hưng", "Nguyễn Hoạt", "Chủ tịch UBND phường",
                    String.valueOf(draft.properties.get("qms:approvalProcessId")));
            assertThat(page(pdf, 2)).as("then the issue itself, as the repository rendered it").contains("Nội dung Quy trình kiểm soát tài liệu");
        }

        int writes = acs.writes();
        assertThat(issueRecord.handle(draft.id)).as("a duplicated event").isFalse();
        assertThat(acs.writes()).isEqualTo(writes);
    }

    @Test
    void whileTheRepositoryIsStillRenderingTheRecordWaitsAndIsFinishedLaterWithoutASecondVersion() {
        repo.renditionLatency = 1_000;
        publication.handle(draft.id);
        issueRecord.handle(draft.id);
        assertThat(draft.versions).extracting(FakeAcs.FakeVersion::label).containsExactly("1.0");
        assertThat(draft.targets).doesNotContainKey("qms:issuedCopy");
        assertThat(draft.properties).as("not marked done: the sweep comes back").doesNotContainKey("qms:issueVersionLabel");

        repo.renditionLatency = 0;
        draft.renditionsPending.put("pdf", 0);
        assertThat(issueRecord.handle(draft.id)).isTrue();
        assertThat(draft.versions).extracting(FakeAcs.FakeVersion::label).containsExactly("1.0");
        assertThat(draft.targets.get("qms:issuedCopy")).hasSize(1);
        assertThat(draft.properties).containsEntry("qms:issueVersionLabel", "1.0");
    }

    @Test
    void aFailureWhileMakingTheIssueVersionLosesNoVersionAndARetryFinishes() {
        publication.handle(draft.id);
        acs.repository().failUpdatesOf.add(draft.id);
        assertThatThrownBy(() -> issueRecord.handle(draft.id)).hasMessageContaining("500");
        assertThat(draft.versions).extracting(FakeAcs.FakeVersion::label).containsExactly("0.4", "0.3", "0.2", "0.1");
        assertThat(issueRecord.handle(draft.id)).isTrue();
        assertThat(draft.versions).extracting(FakeAcs.FakeVersion::label).containsExactly("1.0");
    }

    @Test
    void inForceTheIssueAndItsCopyTakeTheAreasPermissions() {
        publication.handle(draft.id);
        issueRecord.handle(draft.id);
        draft.properties.put("qms:lifecycleState", "EFFECTIVE");
        assertThat(placement.handle(draft.id)).isTrue();
        FakeAcs.FakeNode procedures = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.INTERNAL + "/Quy trình");
        FakeAcs.FakeNode copy = repo.nodes.get(draft.targets.get("qms:issuedCopy").get(0));
        assertThat(draft.parentId).isEqualTo(procedures.id);
        assertThat(draft.inherit).isTrue();
        assertThat(draft.locallySet).isEmpty();
        assertThat(draft.properties).as("the drafter no longer owns it: ROLE_OWNER would let them save over it")
                .containsEntry("cm:owner", "ward-qms-service");
        assertThat(copy.parentId).isEqualTo(procedures.id);
        assertThat(copy.inherit).isTrue();
        assertThat(copy.locallySet).isEmpty();
        assertThat(placement.handle(draft.id)).isFalse();
    }

    @Test
    void anObsoleteIssuesCopyIsStampedOnEveryPageWithTheConfiguredText() throws IOException {
        publication.handle(draft.id);
        issueRecord.handle(draft.id);
        draft.properties.putAll(Map.of("qms:lifecycleState", "OBSOLETE", "qms:withdrawnOn", "2027-03-01", "qms:withdrawalReason", "Bãi bỏ"));
        assertThat(obsoleteArea.handle(draft.id)).isTrue();
        FakeAcs.FakeNode copy = repo.nodes.get(draft.targets.get("qms:issuedCopy").get(0));
        assertThat(copy.parentId).isEqualTo(draft.parentId).isEqualTo(repo.resolve(repo.containers.get("ward-qms"), SiteLayout.OBSOLETE).id);
        assertThat(copy.properties).containsEntry("qms:obsoleteStamped", "true");
        assertThat(copy.versions).extracting(FakeAcs.FakeVersion::label).containsExactly("2.0", "1.0");
        try (PDDocument pdf = Loader.loadPDF(copy.content)) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                assertThat(page(pdf, p)).contains("HẾT HIỆU LỰC — KHÔNG SỬ DỤNG", "Thu hồi ngày 01/03/2027");
            }
        }
        assertThat(draft.inherit).as("only the area's permissions: secretary and approvers").isTrue();
        assertThat(copy.inherit).isTrue();
        assertThat(obsoleteArea.handle(draft.id)).as("stamped once").isFalse();
    }

    @Test
    void formsAreNumberedUnderTheirProcedure() {
        publication.handle(draft.id); // QT-01
        FakeAcs.FakeNode first = approved("Phiếu đề nghị.docx", "FORM");
        FakeAcs.FakeNode second = approved("Sổ theo dõi.docx", "FORM");
        first.targets.put("qms:formOf", new ArrayList<>(List.of(draft.id)));
        second.targets.put("qms:formOf", new ArrayList<>(List.of(draft.id)));
        publication.handle(first.id);
        publication.handle(second.id);
        assertThat(first.properties).containsEntry("qms:documentCode", "BM-QT-01-01");
        assertThat(second.properties).containsEntry("qms:documentCode", "BM-QT-01-02");

        FakeAcs.FakeNode orphan = approved("Mẫu lẻ.docx", "FORM");
        assertThatThrownBy(() -> publication.handle(orphan.id)).hasMessageContaining("has no qms:formOf: link it to its procedure");
        FakeAcs.FakeNode pending = approved("Quy trình mới.docx", "PROCEDURE");
        pending.properties.put("qms:lifecycleState", "DRAFT");
        orphan.targets.put("qms:formOf", new ArrayList<>(List.of(pending.id)));
        assertThatThrownBy(() -> publication.handle(orphan.id)).hasMessageContaining("which has no code yet");
        assertThat(orphan.properties).doesNotContainKeys("qms:documentCode", "qms:issueDate");
    }

    @Test
    void aStampTheFontCannotPrintIsRefusedAtStartUp() {
        LifecycleProperties wrong = new LifecycleProperties(Map.of("PROCEDURE", "QT-{nn}"), 7, 30, "UBND", "HẾT HIỆU LỰC 漢字", Duration.ZERO, null);
        assertThatThrownBy(() -> new LifecycleConfiguration().issuedCopies(nodes, renditions, wrong, Clock.systemUTC()))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("ward-qms.lifecycle.obsolete-stamp")
                .hasMessageContaining("漢字");
        assertThatThrownBy(() -> new LifecycleProperties(Map.of("PROCEDURE", "QT-{nn}"), 7, 30, "UBND", "a\nb", null, null))
                .hasMessageContaining("must be one line");
    }

    private static String page(PDDocument pdf, int page) throws IOException {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(page);
        text.setEndPage(page);
        return text.getText(pdf);
    }
}
