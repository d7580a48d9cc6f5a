package vn.wardqms.service.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
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
import vn.wardqms.service.reports.QmsReports;
import vn.wardqms.service.reports.TableWriter;

/**
 * A procedure's whole life with every event lost, then every event duplicated: only the reconciliation sweep (the
 * stand-in evaluates its queries over the repository) and the documents' own state drive it — first issue, its record
 * and copy, in force on its date, read-and-acknowledge asked for, an amendment that stays private while the first
 * issue stays in use, the second issue in force, the first kept apart and stamped, the amendment history.
 */
@TestPropertySource(properties = {"ward-qms.lifecycle.lead-days=7", "ward-qms.lifecycle.rendition-wait=PT0S"})
@Import(MovableClock.Office.class)
class DocumentJourneyTest extends StandInRepositoryTest {
    static final MovableClock clock = MovableClock.OFFICE;

    @Autowired
    ProvisioningService provisioning;
    @Autowired
    ReconciliationSweep sweep;
    @Autowired
    List<QmsNodeHandler> handlers;
    @Autowired
    QmsReports reports;

    @Test
    void aProcedureFromFirstIssueToItsAmendmentDrivenByTheSweepAlone() {
        provisioning.provision();
        FakeAcs.Repository repo = acs.repository();
        acs.evaluateQueries();
        // Search Services index a write a moment after it is made: the journey must not depend on seeing it at once.
        repo.indexLag = java.time.Duration.ofSeconds(2);
        String library = repo.containers.get("ward-qms");
        FakeAcs.FakeNode drafts = repo.resolve(library, SiteLayout.DRAFTS);
        FakeAcs.FakeNode procedures = repo.resolve(library, SiteLayout.INTERNAL + "/Quy trình");
        FakeAcs.FakeNode obsolete = repo.resolve(library, SiteLayout.OBSOLETE);

        // Drafted (three saves), reviewed and approved on 20/11/2026: what the repository holds after the approval process.
        at("2026-11-20T04:00:00Z");
        FakeAcs.FakeNode first = approvedDraft(repo, drafts, "Quy trình tiếp nhận hồ sơ.docx", "Ban hành lần đầu", "2026-11-20T03:00:00.000+0000");
        assertThat(Sweeps.untilQuiet(sweep, clock, acs.repository()).failures()).isZero();
        assertThat(first.properties).containsEntry("qms:documentCode", "QT-01").containsEntry("qms:issueNumber", "1")
                .containsEntry("qms:effectiveDate", "2026-11-27").containsEntry("qms:issueVersionLabel", "1.0");
        assertThat(first.versions).extracting(FakeAcs.FakeVersion::label).containsExactly("1.0");
        assertThat(first.parentId).as("pending: still a private draft").isEqualTo(drafts.id);
        assertThat(sweep.sweep().actions()).as("nothing left until the effective date").isZero();

        at("2026-11-27T01:30:00Z");
        assertThat(Sweeps.untilQuiet(sweep, clock, acs.repository()).failures()).isZero();
        assertThat(first.properties).containsEntry("qms:lifecycleState", "EFFECTIVE").containsEntry("qms:nextReviewDue", "2027-11-27");
        assertThat(first.parentId).isEqualTo(procedures.id);
        assertThat(first.inherit).as("read-only to staff through the area").isTrue();
        FakeAcs.FakeNode firstCopy = repo.nodes.get(first.targets.get("qms:issuedCopy").get(0));
        assertThat(firstCopy.parentId).isEqualTo(procedures.id);
        assertThat(repo.processes).filteredOn(p -> p.path("businessKey").asText().equals(AcknowledgementHandler.businessKey(first.id)))
                .as("the distribution is asked to read it, once").hasSize(1);
        // The repository's process stamps the request when it starts.
        first.properties.put("qms:acknowledgementsRequestedOn", "2026-11-27T01:31:00.000+0000");
        assertThat(sweep.sweep().actions()).isZero();

        // Months later an amendment (the periodic review's copy, linked to the issue it amends) is approved.
        at("2027-05-04T03:00:00Z");
        FakeAcs.FakeNode second = approvedDraft(repo, drafts, "QT-01 sửa đổi.docx", "Bổ sung tiếp nhận trực tuyến", "2027-05-04T02:00:00.000+0000");
        second.properties.putAll(Map.of("qms:documentCode", "QT-01", "qms:issueNumber", "1", "qms:changeLocation", "Mục 5.2"));
        second.targets.put("qms:amends", new ArrayList<>(List.of(first.id)));
        assertThat(Sweeps.untilQuiet(sweep, clock, acs.repository()).failures()).isZero();
        assertThat(second.properties).containsEntry("qms:issueNumber", "2").containsEntry("qms:lifecycleState", "APPROVED");
        assertThat(first.properties).as("staff keep working from issue 1 until issue 2 is in force").containsEntry("qms:lifecycleState", "EFFECTIVE");
        assertThat(second.parentId).isEqualTo(drafts.id);
        assertThat(second.inherit).isFalse();

        at("2027-05-11T02:00:00Z");
        assertThat(Sweeps.untilQuiet(sweep, clock, acs.repository()).failures()).isZero();
        assertThat(second.properties).containsEntry("qms:lifecycleState", "EFFECTIVE");
        assertThat(second.parentId).isEqualTo(procedures.id);
        assertThat(first.properties).containsEntry("qms:lifecycleState", "OBSOLETE").containsEntry("qms:withdrawnOn", "2027-05-11");
        assertThat(first.targets.get("qms:supersededBy")).containsExactly(second.id);
        assertThat(first.parentId).isEqualTo(obsolete.id);
        assertThat(firstCopy.parentId).isEqualTo(obsolete.id);
        assertThat(firstCopy.properties).containsEntry("qms:obsoleteStamped", "true");
        assertThat(repo.nodes.get(second.targets.get("qms:issuedCopy").get(0)).name).isEqualTo("QT-01 - Lần ban hành 02.pdf");

        // Every event delivered again (duplicates, late ones): nothing changes.
        second.properties.put("qms:acknowledgementsRequestedOn", "2027-05-11T02:01:00.000+0000");
        int writes = acs.writes();
        for (QmsNodeHandler handler : handlers) {
            for (FakeAcs.FakeNode node : List.of(first, second, firstCopy)) {
                assertThat(handler.handle(node.id)).as(handler.name() + " on " + node.name).isFalse();
            }
        }
        assertThat(sweep.sweep().actions()).isZero();
        assertThat(acs.writes()).isEqualTo(writes);

        StringWriter history = new StringWriter();
        new TableWriter().writeHtml(reports.amendmentHistory("QT-01"), DocumentRegister.VIETNAMESE, LocalDate.of(2027, 5, 11), history);
        assertThat(history.toString()).contains("Ban hành lần đầu", "Mục 5.2", "Bổ sung tiếp nhận trực tuyến", "Hết hiệu lực", "Đang hiệu lực");
    }

    private static FakeAcs.FakeNode approvedDraft(FakeAcs.Repository repo, FakeAcs.FakeNode drafts, String name, String change, String approvedOn) {
        FakeAcs.FakeNode doc = repo.add(drafts.id, name, "qms:controlledDocument");
        doc.properties.putAll(Map.of("qms:documentKind", "PROCEDURE", "qms:lifecycleState", "APPROVED", "qms:approvedOn", approvedOn,
                "qms:drafter", "suong", "qms:drafterName", "Đỗ Thị Sương", "qms:approverName", "Nguyễn Hoạt", "qms:changeSummary", change,
                "cm:title", "Quy trình tiếp nhận hồ sơ"));
        doc.properties.put("qms:reviewerNames", new ArrayList<>(List.of("Huỳnh Văn Hưng")));
        repo.approval(doc, approvedOn);
        doc.properties.put("qms:distributionGroups", new ArrayList<>(List.of("GROUP_WARDQMS_UNIT_TTPVHCC")));
        doc.inherit = false;
        doc.locallySet.put(SiteLayout.SECRETARY, "Coordinator");
        LifecycleTest.withContent(doc, name);
        for (int i = 0; i < 3; i++) {
            doc.addVersion(false, null);
        }
        return doc;
    }

    private static void at(String instant) {
        clock.now = Instant.parse(instant);
        acs.repository().now = clock.now;
    }
}
