package vn.wardqms.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.wardqms.platform.workflow.standin.StandInNode;

/** Thu hồi: a proposal with its reason, the approver's decision, the document marked for withdrawal. */
class WithdrawalProcessTest {
    private QmsEngine qms;
    private StandInNode effective;

    @BeforeEach
    void start() {
        qms = QmsEngine.start().withPeople();
        effective = qms.document("Quy trình giải quyết khiếu nại", "EFFECTIVE");
    }

    @AfterEach
    void stop() {
        qms.close();
    }

    private ProcessInstance propose(String proposer, String approver, String reason) {
        Map<String, Object> variables = new HashMap<>();
        if (approver != null) {
            variables.put("qmswf_approver", qms.repository.personNode(approver));
        }
        variables.put("qmswf_withdrawalReason", reason);
        return qms.start(ProcessStartListener.WITHDRAWAL_PROCESS, proposer, effective, variables);
    }

    @Test
    void approvedWithdrawalMarksTheDocumentObsoleteWithWhenWhoAndWhy() {
        ProcessInstance p = propose("thu", "hoat", "Quy trình đã được thay thế bởi quy định mới của tỉnh");
        Task decide = qms.task(p.getId(), "hoat");
        assertThat(decide.getTaskDefinitionKey()).isEqualTo("decideWithdrawalTask");
        assertThat(qms.engine.getTaskService().getVariable(decide.getId(), "qmswf_withdrawalReason"))
                .isEqualTo("Quy trình đã được thay thế bởi quy định mới của tỉnh");
        qms.complete(decide, "Approve", null);

        assertThat(qms.endedAt(p.getId())).isEqualTo("withdrawn");
        assertThat(effective.property("qms:lifecycleState")).isEqualTo("OBSOLETE");
        assertThat(effective.aspects()).contains("qms:obsolete");
        assertThat(effective.property("qms:withdrawnBy")).isEqualTo("hoat");
        assertThat(effective.property("qms:withdrawalReason")).isEqualTo("Quy trình đã được thay thế bởi quy định mới của tỉnh");
        LocalDate withdrawnOn = ((Date) effective.property("qms:withdrawnOn")).toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        assertThat(withdrawnOn).isEqualTo(LocalDate.now());
    }

    @Test
    void refusedWithdrawalTellsTheProposerWhyAndKeepsTheDocument() {
        ProcessInstance p = propose("thu", "hoat", "Không còn phù hợp");
        assertThatThrownBy(() -> qms.complete(qms.task(p.getId(), "hoat"), "Reject", null))
                .hasMessageContaining("A comment is required to Reject");
        qms.complete(qms.task(p.getId(), "hoat"), "Reject", "Vẫn đang áp dụng cho bộ phận một cửa");

        Task told = qms.task(p.getId(), "thu");
        assertThat(told.getTaskDefinitionKey()).isEqualTo("withdrawalRejectedTask");
        qms.complete(told, null, null);
        assertThat(qms.endedAt(p.getId())).isEqualTo("notWithdrawn");
        assertThat(effective.property("qms:lifecycleState")).isEqualTo("EFFECTIVE");
        assertThat(effective.aspects()).doesNotContain("qms:obsolete");
        assertThat(DecisionLog.parse((String) qms.variable(p.getId(), DecisionLog.VARIABLE)))
                .extracting(DecisionLog.Entry::task, DecisionLog.Entry::outcome, DecisionLog.Entry::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("propose", "Propose", "Không còn phù hợp"),
                        org.assertj.core.groups.Tuple.tuple("decideWithdrawalTask", "Reject", "Vẫn đang áp dụng cho bộ phận một cửa"),
                        org.assertj.core.groups.Tuple.tuple("withdrawalRejectedTask", null, null));
    }

    @Test
    void proposerCannotDecideOnTheirOwnProposal() {
        assertThatThrownBy(() -> propose("hoat", "hoat", "Lỗi thời"))
                .hasMessageContaining("hoat proposed this withdrawal and cannot decide on it");
        ProcessInstance p = propose("thu", "hoat", "Lỗi thời");
        assertThatThrownBy(() -> qms.engine.getTaskService().setAssignee(qms.task(p.getId(), "hoat").getId(), "thu"))
                .hasMessageContaining("thu proposed this withdrawal and cannot decide on it");
    }

    @Test
    void proposalNeedsAReasonAnApproverAndADocumentInUse() {
        assertThatThrownBy(() -> propose("thu", "hoat", " ")).hasMessageContaining("Give the reason for the withdrawal");
        assertThatThrownBy(() -> propose("thu", null, "Lỗi thời")).hasMessageContaining("Choose the approver");
        StandInNode draft = qms.document("Dự thảo quy trình", "DRAFT");
        assertThatThrownBy(() -> qms.start(ProcessStartListener.WITHDRAWAL_PROCESS, "thu", draft,
                Map.of("qmswf_approver", qms.repository.personNode("hoat"), "qmswf_withdrawalReason", "Lỗi thời")))
                .hasMessageContaining("The document is DRAFT; this step needs it EFFECTIVE or APPROVED");
        assertThat(qms.engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    /**
     * The area of a kind in force, as the QMS service provisions it: staff (the approver too) may only read, the quality
     * secretary is Coordinator; the issue is owned by the secretary who placed it, not by its drafter.
     */
    static StandInNode inReadOnlyArea(QmsEngine qms, String name) {
        qms.repository.group("GROUP_WARDQMS_STAFF", "suong", "hung", "lan", "minh", "hoat");
        StandInNode area = qms.repository.folder(qms.library, "Quy trình");
        qms.repository.inheritPermissions(area, false);
        qms.repository.grant(area, "GROUP_WARDQMS_STAFF", "Consumer");
        qms.repository.grant(area, "GROUP_WARDQMS_SECRETARY", "Coordinator");
        StandInNode doc = qms.repository.asTheProcessesLeftIt(() -> qms.repository.runAs("thu", () -> qms.repository.create(area,
                "qms:controlledDocument", name, Map.of("qms:documentKind", "PROCEDURE", "qms:documentCode", "QT-07",
                        "qms:lifecycleState", "EFFECTIVE", "qms:ownerUnit", "Phòng Văn hóa - Xã hội"))));
        for (String staff : List.of("suong", "hung", "lan", "minh", "hoat")) {
            assertThat(qms.repository.hasPermission(doc, staff, "Read")).as(staff).isTrue();
            assertThat(qms.repository.hasPermission(doc, staff, "Write")).as(staff + " only reads").isFalse();
        }
        return doc;
    }

    @Test
    void theWithdrawalIsRecordedAsTheInitiatorThoughTheApproverMayOnlyReadTheDocument() {
        StandInNode inForce = inReadOnlyArea(qms, "Quy trình tiếp công dân");
        ProcessInstance p = qms.start(ProcessStartListener.WITHDRAWAL_PROCESS, "thu", inForce,
                Map.of("qmswf_approver", qms.repository.personNode("hoat"), "qmswf_withdrawalReason", "Đã có quy trình mới"));
        qms.complete(qms.task(p.getId(), "hoat"), "Approve", null);

        assertThat(qms.endedAt(p.getId())).isEqualTo("withdrawn");
        assertThat(inForce.property("qms:lifecycleState")).isEqualTo("OBSOLETE");
        assertThat(inForce.property("qms:withdrawnBy")).as("the decision is the approver's").isEqualTo("hoat");
        assertThat(inForce.property("qms:withdrawalReason")).isEqualTo("Đã có quy trình mới");
    }

    @Test
    void withoutTheRunAsTheApproverCouldNotMarkTheDocument() {
        StandInNode inForce = inReadOnlyArea(qms, "Quy trình tiếp công dân");
        assertThatThrownBy(() -> qms.repository.runAs("hoat", () -> {
            inForce.getProperties().put("qms:lifecycleState", "OBSOLETE");
            inForce.save();
            return null;
        })).hasMessageContaining("Access Denied");
        assertThat(inForce.property("qms:lifecycleState")).isEqualTo("EFFECTIVE");
    }

    @Test
    void aWithdrawalStartedOnItsOwnIsAlwaysProposedByItsInitiator() {
        // qmswf_reviewOwner counts only when the periodic review calls the withdrawal.
        ProcessInstance p = qms.start(ProcessStartListener.WITHDRAWAL_PROCESS, "thu", effective, Map.of(
                "qmswf_approver", qms.repository.personNode("hoat"), "qmswf_withdrawalReason", "Lỗi thời",
                "qmswf_reviewOwner", qms.repository.personNode("hung")));
        assertThat(qms.engine.getRuntimeService().getVariable(p.getId(), "qmswf_proposerUserName")).isEqualTo("thu");
        assertThatThrownBy(() -> qms.start(ProcessStartListener.WITHDRAWAL_PROCESS, "hoat", effective, Map.of(
                "qmswf_approver", qms.repository.personNode("hoat"), "qmswf_withdrawalReason", "Lỗi thời",
                "qmswf_reviewOwner", qms.repository.personNode("hung"))))
                .hasMessageContaining("hoat proposed this withdrawal and cannot decide on it");
    }

    @Test
    void decisionIsDueAfterTheConfiguredWorkingDays() {
        ProcessInstance p = propose("thu", "hoat", "Lỗi thời");
        assertThat(qms.task(p.getId(), "hoat").getDueDate()).isEqualTo(Date.from(java.time.Instant.parse("2026-12-04T16:59:59Z")));
    }
}
