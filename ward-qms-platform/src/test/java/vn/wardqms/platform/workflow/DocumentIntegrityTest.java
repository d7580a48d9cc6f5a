package vn.wardqms.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.activiti.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.wardqms.platform.workflow.standin.StandInNode;

/**
 * A document moves through its lifecycle only in the QMS processes (or by the QMS service), tried as the people who
 * must not: the drafter, who owns the draft and has full control of it, writes her own approval, and the quality
 * secretary, Coordinator of every draft, puts an issue in force. Each is refused with a message in both languages and
 * nothing changes; the processes themselves still do all of it; an administrator may, and the records audit register
 * says what changed. The guards are the shipped behaviours (context/integrity-context.xml) running in Rhino.
 */
class DocumentIntegrityTest {
    private static final String SERVICE = "ward-qms-service";
    private QmsEngine qms;
    private StandInNode draft;
    private StandInNode inForce;

    @BeforeEach
    void setUp() {
        qms = QmsEngine.start().withPeople();
        qms.repository.person(SERVICE, "Dịch vụ", "QMS", "");
        qms.repository.person("admin", "Quản trị", "viên", "");
        qms.repository.group("GROUP_WARDQMS_SECRETARY", SERVICE);
        StandInNode systemData = qms.repository.folder(qms.library, "Dữ liệu hệ thống QMS");
        qms.repository.grant(systemData, "GROUP_WARDQMS_SECRETARY", "Coordinator");
        draft = qms.repository.as("suong", () -> qms.repository.create(qms.drafts, "qms:controlledDocument", "Quy trình tiếp công dân",
                Map.of("qms:documentKind", "PROCEDURE", "qms:ownerUnit", "Phòng Văn hóa - Xã hội")));
        inForce = qms.document("Quy trình giải quyết khiếu nại", "EFFECTIVE");
    }

    @AfterEach
    void tearDown() {
        qms.close();
    }

    private Runnable as(String user, Runnable work) {
        return () -> qms.repository.as(user, () -> {
            work.run();
            return null;
        });
    }

    private void write(StandInNode node, Map<String, Object> values) {
        node.getProperties().putAll(values);
        node.save();
    }

    @Test
    void theDrafterCannotApproveHerOwnDraftNorMakeItAmendAnIssueInForce() {
        assertThat(draft.getOwner()).isEqualTo("suong");
        assertThat(qms.repository.hasPermission(draft, "suong", "Write")).as("her own draft").isTrue();

        assertThatThrownBy(as("suong", () -> write(draft, Map.of("qms:lifecycleState", "APPROVED", "qms:approvedOn", new Date())))::run)
                .hasMessageContaining("You may not change the lifecycle, issue or approval record (qms:approvedOn, qms:lifecycleState)"
                        + " of 'Quy trình tiếp công dân': only the QMS processes and the QMS service do (suong)")
                .hasMessageContaining("Bạn không được thay đổi trạng thái, lần ban hành hoặc hồ sơ phê duyệt (qms:approvedOn, qms:lifecycleState)"
                        + " của 'Quy trình tiếp công dân': chỉ quy trình QMS và dịch vụ QMS được thay đổi (suong)")
                .hasMessageContaining("qms:lifecycleState: DRAFT → APPROVED");
        assertThatThrownBy(as("suong", () -> draft.createAssociation(inForce, "qms:amends"))::run)
                .hasMessageContaining("You may not change the amendment link (qms:amends) of 'Quy trình tiếp công dân'")
                .hasMessageContaining("Bạn không được thay đổi liên kết sửa đổi (qms:amends)")
                .hasMessageContaining("+ 'Quy trình giải quyết khiếu nại'");
        assertThatThrownBy(as("suong", () -> write(draft, Map.of("qms:approver", "hoat", "qms:approverName", "Nguyễn Hoạt",
                "qms:approvalProcessId", "activiti$1")))::run)
                .as("nor fill in the cover table")
                .hasMessageContaining("(qms:approvalProcessId, qms:approver, qms:approverName)");

        assertThat(draft.property("qms:lifecycleState")).isEqualTo("DRAFT");
        assertThat(draft.property("qms:approvedOn")).isNull();
        assertThat(draft.property("qms:approver")).isNull();
        assertThat(draft.targets("qms:amends")).isEmpty();
        assertThat(inForce.property("qms:lifecycleState")).isEqualTo("EFFECTIVE");
    }

    @Test
    void noOneCreatesADocumentAlreadyApprovedOrCopiesAnIssueInForceIntoADraft() {
        assertThatThrownBy(() -> qms.repository.as("suong", () -> qms.repository.create(qms.drafts, "qms:controlledDocument", "Giả",
                Map.of("qms:documentKind", "PROCEDURE", "qms:lifecycleState", "APPROVED", "qms:approvedOn", new Date()))))
                .hasMessageContaining("(qms:approvedOn, qms:lifecycleState) of 'Giả'")
                .hasMessageContaining("qms:lifecycleState: ∅ → APPROVED");
        qms.repository.grant(inForce, "suong", "Consumer");
        assertThatThrownBy(as("suong", () -> inForce.copy(qms.drafts))::run)
                .as("a copy of an issue would be a second document in force with its code")
                .hasMessageContaining("of 'Quy trình giải quyết khiếu nại': only the QMS processes and the QMS service do (suong)");
        assertThat(Arrays.stream(qms.drafts.getChildren()).map(StandInNode::getName)).containsExactly("Quy trình tiếp công dân");
    }

    @Test
    void theSecretaryCoordinatorOfEveryDraftCannotPutOneInForceOrTakeOneOut() {
        assertThat(qms.repository.hasPermission(draft, "thu", "Write")).isTrue();
        assertThatThrownBy(as("thu", () -> write(draft, Map.of("qms:lifecycleState", "EFFECTIVE", "qms:documentCode", "QT-09",
                "qms:issueNumber", 1)))::run)
                .hasMessageContaining("(qms:documentCode, qms:issueNumber, qms:lifecycleState)")
                .hasMessageContaining("(thu)");
        qms.repository.grant(inForce, "thu", "Coordinator");
        assertThatThrownBy(as("thu", () -> write(inForce, Map.of("qms:lifecycleState", "OBSOLETE", "qms:withdrawalReason", "Không dùng nữa")))::run)
                .hasMessageContaining("(qms:lifecycleState, qms:withdrawalReason)");
        assertThatThrownBy(as("thu", () -> write(inForce, Map.of("qms:acknowledgedBy", List.of("lan", "hung"))))::run)
                .as("who has read an issue is the read-and-acknowledge process's record")
                .hasMessageContaining("(qms:acknowledgedBy)");
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("DRAFT");
        assertThat(draft.property("qms:documentCode")).isNull();
        assertThat(inForce.property("qms:lifecycleState")).isEqualTo("EFFECTIVE");
        assertThat(inForce.property("qms:acknowledgedBy")).isNull();

        as("thu", () -> write(draft, Map.of("cm:title", "Quy trình tiếp công dân (sửa tên)", "qms:reviewPeriodMonths", 24))).run();
        assertThat(draft.property("cm:title")).as("what the drafter and the secretary edit stays theirs").isEqualTo("Quy trình tiếp công dân (sửa tên)");
    }

    @Test
    void theApprovalProcessStillApprovesAndTheServiceStillIssues() {
        ProcessInstance p = qms.startApproval("suong", draft, List.of("lan"), "hoat");
        qms.complete(qms.task(p.getId(), "lan"), "Approve", null);
        qms.complete(qms.task(p.getId(), "hoat"), "Approve", null);
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("APPROVED");
        assertThat(draft.property("qms:approver")).isEqualTo("hoat");

        qms.repository.grant(draft, SERVICE, "Coordinator");
        as(SERVICE, () -> write(draft, Map.of("qms:documentCode", "QT-09", "qms:issueNumber", 1, "qms:issueDate", new Date()))).run();
        assertThat(draft.property("qms:documentCode")).isEqualTo("QT-09");
    }

    @Test
    void anAdministratorMayAndTheRecordsAuditRegisterSaysWhatChanged() {
        as("admin", () -> write(inForce, Map.of("qms:lifecycleState", "SUPERSEDED"))).run();
        assertThat(inForce.property("qms:lifecycleState")).isEqualTo("SUPERSEDED");
        StandInNode register = qms.library.childByNamePath("Dữ liệu hệ thống QMS/Sổ theo dõi hồ sơ");
        assertThat(register).isNotNull();
        StandInNode entry = register.getChildren()[0];
        assertThat(entry.property("qms:auditEvent")).isEqualTo("ADMIN_CHANGE");
        assertThat(entry.property("qms:auditBy")).isEqualTo("admin");
        assertThat(entry.property("qms:auditSubjectId")).isEqualTo(inForce.getId());
        assertThat(entry.property("qms:auditDetail")).isEqualTo(
                "the lifecycle, issue or approval record (qms:lifecycleState): qms:lifecycleState: EFFECTIVE → SUPERSEDED");
    }

    @Test
    void aLinkGoesWithTheDocumentThatIsDeletedButIsNotRemovedOnItsOwn() {
        StandInNode amendment = qms.repository.asTheProcessesLeftIt(() -> qms.repository.runAs("suong", () -> {
            StandInNode made = qms.repository.create(qms.drafts, "qms:controlledDocument", "Quy trình giải quyết khiếu nại (sửa đổi)",
                    new HashMap<>(Map.of("qms:documentKind", "PROCEDURE", "qms:documentCode", "QT-05")));
            made.createAssociation(inForce, "qms:amends");
            return made;
        }));
        assertThatThrownBy(as("suong", () -> amendment.removeAssociation(inForce, "qms:amends"))::run)
                .hasMessageContaining("− 'Quy trình giải quyết khiếu nại'");
        assertThat(amendment.targets("qms:amends")).containsExactly(inForce);

        as("suong", () -> qms.repository.delete(amendment)).run();
        assertThat(amendment.exists()).as("the drafter may abandon her amendment").isFalse();
        assertThat(inForce.exists()).isTrue();
    }
}
