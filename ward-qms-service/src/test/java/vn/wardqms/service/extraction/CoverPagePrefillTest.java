package vn.wardqms.service.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.core.handler.NodesApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.acs.StandInRepositoryTest;
import vn.wardqms.service.events.EventType;
import vn.wardqms.service.events.RepoEvent;
import vn.wardqms.service.extraction.CoverFixtures.Format;
import vn.wardqms.service.provisioning.ProvisioningService;
import vn.wardqms.service.provisioning.SiteLayout;
import vn.wardqms.service.reconciliation.ReconciliationSweep;

/**
 * An uploaded draft filled from its own cover page on the stand-in repository, every request and answer checked
 * against the REST API's definitions: only empty properties, each marked for confirmation, once.
 */
class CoverPagePrefillTest extends StandInRepositoryTest {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    ProvisioningService provisioning;
    @Autowired
    CoverPagePrefillHandler prefill;
    @Autowired
    ReconciliationSweep sweep;
    @Autowired
    NodesApi nodes;
    @Autowired
    Clock clock;

    FakeAcs.FakeNode drafts;

    @BeforeEach
    void site() {
        provisioning.provision();
        FakeAcs.Repository repo = acs.repository();
        drafts = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.DRAFTS);
    }

    private FakeAcs.FakeNode upload(String name, byte[] content, String mimeType) {
        FakeAcs.FakeNode draft = acs.repository().add(drafts.id, name, "qms:controlledDocument");
        draft.aspects.addAll(List.of("qms:controlled", "qms:distribution", "cm:titled", "cm:versionable", "qms:ownedByUnit"));
        draft.properties.put("qms:documentKind", "PROCEDURE");
        draft.properties.put("qms:lifecycleState", "DRAFT");
        draft.content = content;
        draft.mimeType = mimeType;
        return draft;
    }

    private static byte[] procedureCover() {
        return Format.DOCX.write(CoverFixtures.all().get(1).blocks());
    }

    private String startOfDay(String day) {
        return OffsetDateTime.of(java.time.LocalDate.parse(day).atStartOfDay(), clock.getZone().getRules()
                .getOffset(java.time.LocalDate.parse(day).atStartOfDay())).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"));
    }

    @Test
    void emptyPropertiesAreFilledFromTheCoverAndMarkedForConfirmationAUsersValueIsKept() {
        FakeAcs.FakeNode draft = upload("QT-01 Kiểm soát tài liệu.docx", procedureCover(), DOCX);
        draft.properties.put("cm:title", "Kiểm soát tài liệu (bản nháp của tôi)");

        assertThat(prefill.handle(draft.id)).isTrue();

        assertThat(draft.properties).containsEntry("cm:title", "Kiểm soát tài liệu (bản nháp của tôi)")
                .containsEntry("qms:drafterName", "Đỗ Thị Sương").containsEntry("qms:drafterJobTitle", "Chuyên viên")
                .containsEntry("qms:draftedOn", startOfDay("2024-03-10"))
                .containsEntry("qms:reviewerNames", "Huỳnh Văn Hưng").containsEntry("qms:reviewerJobTitles", "Phó Trưởng phòng")
                .containsEntry("qms:reviewedOn", startOfDay("2024-03-12"))
                .containsEntry("qms:approverName", "Nguyễn Hoạt").containsEntry("qms:approverJobTitle", "Chủ tịch UBND")
                .containsEntry("qms:approvedOn", startOfDay("2024-03-15"))
                .containsEntry("qms:documentCode", "QT-01").containsEntry("qms:lifecycleState", "DRAFT");
        assertThat(draft.properties).as("publication sets these when the issue is approved")
                .doesNotContainKeys("qms:issueNumber", "qms:issueDate", "qms:effectiveDate");
        assertThat(draft.aspects).contains(CoverPagePrefillHandler.ASPECT, "qms:controlled", "cm:titled", "cm:versionable");
        assertThat(draft.properties.get("qms:extractedFields")).isEqualTo("qms:drafterName qms:drafterJobTitle"
                + " qms:draftedOn qms:reviewerNames qms:reviewerJobTitles qms:reviewedOn qms:approverName qms:approverJobTitle qms:approvedOn qms:documentCode");
        assertThat(draft.properties.get("qms:extractedOn")).asString().isNotBlank();
        assertThat(draft.properties.get("qms:extractionNotes")).asString().isEqualTo(String.join("\n",
                "cm:title: trang bìa ghi 'QUY TRÌNH KIỂM SOÁT TÀI LIỆU'; giữ giá trị đã có 'Kiểm soát tài liệu (bản nháp của tôi)'"
                        + " / cm:title: the cover says 'QUY TRÌNH KIỂM SOÁT TÀI LIỆU' (QUY TRÌNH KIỂM SOÁT TÀI LIỆU); kept the value already set, "
                        + "'Kiểm soát tài liệu (bản nháp của tôi)'",
                "qms:issueNumber: trang bìa ghi 2; được đặt khi ban hành, không điền vào dự thảo"
                        + " / qms:issueNumber: the cover says 2 (Lần ban hành: 02); set on publication, not filled on a draft",
                "qms:issueDate: trang bìa ghi 2024-03-15; được đặt khi ban hành, không điền vào dự thảo"
                        + " / qms:issueDate: the cover says 2024-03-15 (Ngày ban hành: 15/03/2024); set on publication, not filled on a draft",
                "qms:effectiveDate: trang bìa ghi 2024-03-22; được đặt khi ban hành, không điền vào dự thảo"
                        + " / qms:effectiveDate: the cover says 2024-03-22 (Ngày hiệu lực: ngày 22 tháng 3 năm 2024); set on publication, not filled on a draft"));

        int writes = acs.writes();
        assertThat(prefill.handle(draft.id)).as("the same work again").isFalse();
        assertThat(acs.writes()).isEqualTo(writes);
    }

    @Test
    void aValueAUserSetIsNeverOverwrittenNeitherBeforeNorByALateOrDuplicatedEvent() {
        FakeAcs.FakeNode draft = upload("QT-01.docx", procedureCover(), DOCX);
        draft.properties.put("qms:approverName", "Lê Văn Cường");
        assertThat(prefill.handle(draft.id)).isTrue();
        assertThat(draft.properties).containsEntry("qms:approverName", "Lê Văn Cường").containsEntry("qms:approverJobTitle", "Chủ tịch UBND");
        assertThat(draft.properties.get("qms:extractionNotes")).asString()
                .contains("qms:approverName: trang bìa ghi 'Nguyễn Hoạt'; giữ giá trị đã có 'Lê Văn Cường'");

        // The drafter corrects the job title and confirms everything; the event of that change, late or twice, changes nothing.
        draft.properties.put("qms:approverJobTitle", "Phó Chủ tịch UBND phường");
        draft.properties.put("qms:extractedFields", "");
        int writes = acs.writes();
        assertThat(prefill.handle(draft.id)).isFalse();
        assertThat(prefill.handle(draft.id)).isFalse();
        assertThat(acs.writes()).isEqualTo(writes);
        assertThat(draft.properties).containsEntry("qms:approverJobTitle", "Phó Chủ tịch UBND phường").containsEntry("qms:extractedFields", "");
    }

    @Test
    void lostEventsAreMadeUpByTheSweepOnceForEachDraft() {
        FakeAcs.FakeNode draft = upload("Sổ tay chất lượng.pdf", Format.PDF.write(CoverFixtures.seed().blocks()), "application/pdf");
        FakeAcs.FakeNode approved = upload("Đã duyệt.docx", procedureCover(), DOCX);
        approved.properties.put("qms:lifecycleState", "APPROVED");
        FakeAcs.FakeNode external = acs.repository().add(drafts.id, "Nghị định 30.pdf", "qms:externalDocument");
        external.properties.put("qms:lifecycleState", "DRAFT");
        external.content = Format.PDF.write(CoverFixtures.seed().blocks());
        external.mimeType = "application/pdf";
        acs.evaluateQueries();

        assertThat(sweep.sweep().actions()).isEqualTo(1);
        assertThat(draft.properties).containsEntry("cm:title", "SỔ TAY CHẤT LƯỢNG").containsEntry("qms:drafterName", "Đỗ Thị Sương")
                .containsEntry("qms:approverName", "Nguyễn Hoạt").containsEntry("qms:approverJobTitle", "Chủ tịch UBND phường");
        assertThat(approved.aspects).doesNotContain(CoverPagePrefillHandler.ASPECT);
        assertThat(external.aspects).doesNotContain(CoverPagePrefillHandler.ASPECT);
        assertThat(sweep.sweep().actions()).as("a second sweep finds nothing left to do").isZero();
    }

    @Test
    void aFileWithoutAReadableCoverIsNotedOnceAndLeftAlone() {
        FakeAcs.FakeNode draft = upload("ghi chú.txt", "Mã hiệu: QT-01".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(prefill.handle(draft.id)).isTrue();
        assertThat(draft.aspects).contains(CoverPagePrefillHandler.ASPECT);
        assertThat(draft.properties.get("qms:extractedFields")).isEqualTo("");
        assertThat(draft.properties.get("qms:extractionNotes")).asString()
                .contains("không đọc được trang bìa / cover page not read (UNSUPPORTED): ghi chú.txt: text/plain is not a format whose cover page can be read");
        assertThat(draft.properties).doesNotContainKey("qms:documentCode");
        assertThat(prefill.handle(draft.id)).isFalse();
    }

    @Test
    void aFileTheRepositorySaysIsTooLargeIsNotedAndNotRead() {
        FakeAcs.FakeNode draft = upload("lớn.docx", procedureCover(), DOCX);
        CoverPagePrefillHandler small = new CoverPagePrefillHandler(nodes,
                new CoverPageExtractor(new ExtractionLimits(1_000, Duration.ofSeconds(10), 200_000)), clock);
        assertThat(small.handle(draft.id)).isTrue();
        assertThat(draft.properties.get("qms:extractionNotes")).asString().contains("cover page not read (OVERSIZED): lớn.docx: the file is");
        assertThat(draft.properties).doesNotContainKey("qms:documentCode");
    }

    @Test
    void aFileStillBeingWrittenWaitsForItsContent() {
        FakeAcs.FakeNode draft = upload("mới.docx", new byte[0], DOCX);
        assertThat(prefill.handle(draft.id)).isFalse();
        assertThat(draft.aspects).doesNotContain(CoverPagePrefillHandler.ASPECT);
        draft.content = procedureCover();
        assertThat(prefill.handle(draft.id)).isTrue();
        assertThat(draft.properties).containsEntry("cm:title", "QUY TRÌNH KIỂM SOÁT TÀI LIỆU");
    }

    @Test
    void eventsOfDraftsWithoutTheMarkAreWanted() {
        assertThat(prefill.wants(event(EventType.NODE_CREATED, "qms:controlledDocument", Set.of(), Map.of("qms:lifecycleState", "DRAFT")))).isTrue();
        assertThat(prefill.wants(event(EventType.NODE_UPDATED, "qms:controlledDocument", Set.of(), Map.of("qms:lifecycleState", "DRAFT")))).isTrue();
        assertThat(prefill.wants(event(EventType.NODE_UPDATED, "qms:controlledDocument", Set.of(), Map.of())))
                .as("not a controlled document's event as the repository sends it (its state is mandatory): left to the sweep").isFalse();
        assertThat(prefill.wants(event(EventType.NODE_UPDATED, "qms:controlledDocument", Set.of(CoverPagePrefillHandler.ASPECT),
                Map.of("qms:lifecycleState", "DRAFT")))).isFalse();
        assertThat(prefill.wants(event(EventType.NODE_UPDATED, "qms:controlledDocument", Set.of(), Map.of("qms:lifecycleState", "EFFECTIVE")))).isFalse();
        assertThat(prefill.wants(event(EventType.NODE_CREATED, "qms:externalDocument", Set.of(), Map.of()))).isFalse();
        assertThat(prefill.wants(event(EventType.NODE_DELETED, "qms:controlledDocument", Set.of(), Map.of()))).isFalse();
    }

    private static RepoEvent event(EventType type, String nodeType, Set<String> aspects, Map<String, Object> properties) {
        return new RepoEvent("e-" + System.nanoTime(), type, "/repo", OffsetDateTime.now(), "g", new RepoEvent.NodeResource("n-1", "a.docx",
                nodeType, aspects, properties, List.of()), null, null);
    }
}
