package vn.wardqms.service.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
import vn.wardqms.service.reconciliation.ReconciliationSweep;

/**
 * The service issues only what it can prove, whatever a document's properties say: here they were written as an
 * administrator could (the repository's guards stop anyone else), and each time nothing is published, nothing else
 * changes, and the reason names what is missing.
 */
class PublicationProofTest extends StandInRepositoryTest {
    private static final String APPROVED_ON = "2026-11-20T03:00:00.000+0000";

    @Autowired
    ProvisioningService provisioning;
    @Autowired
    PublicationHandler publication;
    @Autowired
    SupersessionHandler supersession;
    @Autowired
    ReconciliationSweep sweep;

    FakeAcs.Repository repo;
    FakeAcs.FakeNode drafts;
    FakeAcs.FakeNode inForce;

    @BeforeEach
    void site() {
        provisioning.provision();
        repo = acs.repository();
        drafts = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.DRAFTS);
        FakeAcs.FakeNode procedures = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.INTERNAL + "/Quy trình");
        inForce = repo.add(procedures.id, "QT-01 Kiểm soát tài liệu.docx", "qms:controlledDocument");
        inForce.properties.putAll(Map.of("qms:documentKind", "PROCEDURE", "qms:lifecycleState", "EFFECTIVE", "qms:documentCode", "QT-01",
                "qms:issueNumber", "1", "qms:issueDate", "2025-01-10", "qms:effectiveDate", "2025-01-17"));
        LifecycleTest.withContent(inForce, "Quy trình kiểm soát tài liệu — lần ban hành 1");
    }

    private FakeAcs.FakeNode draft(String name) {
        FakeAcs.FakeNode draft = repo.add(drafts.id, name, "qms:controlledDocument");
        draft.properties.putAll(Map.of("qms:documentKind", "PROCEDURE", "qms:lifecycleState", "APPROVED", "qms:approvedOn", APPROVED_ON,
                "qms:approver", "hoat"));
        LifecycleTest.withContent(draft, name);
        return draft;
    }

    private void assertNotIssued(FakeAcs.FakeNode draft) {
        assertThat(draft.properties).doesNotContainKeys("qms:issueDate", "qms:effectiveDate").containsEntry("qms:lifecycleState", "APPROVED");
        assertThat(inForce.properties).containsEntry("qms:lifecycleState", "EFFECTIVE").doesNotContainKey("qms:withdrawnOn");
    }

    @Test
    void aDraftThatApprovedItselfAndAmendsADocumentInForceIsNotIssued() {
        FakeAcs.FakeNode draft = draft("Quy trình tự phê duyệt.docx");
        draft.targets.put("qms:amends", new ArrayList<>(List.of(inForce.id)));
        assertThatThrownBy(() -> publication.handle(draft.id))
                .hasMessageContaining("is not issued: its approval is not proven: qms:approvalProcessId is empty");
        assertThat(sweep.sweep().actions()).as("nor by the sweep").isZero();
        assertNotIssued(draft);
        assertThat(supersession.handle(draft.id)).isFalse();
        assertThat(inForce.properties).containsEntry("qms:lifecycleState", "EFFECTIVE");
    }

    @Test
    void anotherDocumentsApprovalProvesNothing() {
        FakeAcs.FakeNode other = draft("Quy trình khác.docx");
        String process = repo.approval(other, APPROVED_ON);
        FakeAcs.FakeNode draft = draft("Quy trình mượn phê duyệt.docx");
        draft.properties.put("qms:approvalProcessId", "activiti$" + process);
        assertThatThrownBy(() -> publication.handle(draft.id))
                .hasMessageContaining("the package of approval process " + process + " does not hold this document");
        assertNotIssued(draft);
    }

    @Test
    void anApproverOutsideTheApproversGroupOrOtherThanTheOneWhoApprovedProvesNothing() {
        FakeAcs.FakeNode draft = draft("Quy trình.docx");
        repo.people.put("binh", "Võ Thanh Bình");
        repo.approval(draft, "suong", "hung", "binh", Instant.parse("2026-11-20T03:00:00Z"));
        assertThatThrownBy(() -> publication.handle(draft.id))
                .hasMessageContaining("approver 'binh' is not a member of GROUP_WARDQMS_APPROVERS: not authorised to approve");
        assertNotIssued(draft);

        repo.approval(draft, APPROVED_ON);
        draft.properties.put("qms:approver", "minh");
        assertThatThrownBy(() -> publication.handle(draft.id))
                .hasMessageContaining("was approved by 'hoat', but qms:approver is 'minh'");
        assertNotIssued(draft);

        draft.properties.put("qms:approver", "hoat");
        assertThat(publication.handle(draft.id)).as("with its own approval, by an approver").isTrue();
        assertThat(draft.properties).containsKey("qms:issueDate");
    }

    @Test
    void anApprovedDraftPointedAtAnUnrelatedIssueInForceDoesNotMakeItObsolete() {
        FakeAcs.FakeNode draft = draft("Quy trình tiếp công dân.docx");
        repo.approval(draft, APPROVED_ON);
        draft.targets.put("qms:amends", new ArrayList<>(List.of(inForce.id)));
        assertThatThrownBy(() -> publication.handle(draft.id))
                .hasMessageContaining("an amendment carries the code of the issue it amends (QT-01, QT-01 Kiểm soát tài liệu.docx), but its qms:documentCode is null");
        assertNotIssued(draft);
        assertThat(supersession.handle(draft.id)).isFalse();
        assertThat(inForce.properties).containsEntry("qms:lifecycleState", "EFFECTIVE");
    }

    @Test
    void twoAmendmentsOfOneIssueAreNeverBothItsNextIssue() {
        FakeAcs.FakeNode first = amendment("QT-01 sửa đổi (A).docx");
        FakeAcs.FakeNode second = amendment("QT-01 sửa đổi (B).docx");
        assertThat(publication.handle(first.id)).isTrue();
        assertThat(first.properties).containsEntry("qms:documentCode", "QT-01").containsEntry("qms:issueNumber", "2");
        assertThatThrownBy(() -> publication.handle(second.id))
                .hasMessageContaining("issue 2 of QT-01 is already claimed by document " + first.id)
                .hasMessageContaining("nothing was published");
        assertThat(second.properties).doesNotContainKey("qms:issueDate").containsEntry("qms:issueNumber", "1");
        assertThat(publication.handle(first.id)).as("a retry of the first is harmless").isFalse();
    }

    private FakeAcs.FakeNode amendment(String name) {
        FakeAcs.FakeNode draft = draft(name);
        draft.properties.putAll(Map.of("qms:documentCode", "QT-01", "qms:issueNumber", "1"));
        draft.targets.put("qms:amends", new ArrayList<>(List.of(inForce.id)));
        repo.approval(draft, APPROVED_ON);
        return draft;
    }
}
