package vn.wardqms.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
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

    @Test
    void decisionIsDueAfterTheConfiguredWorkingDays() {
        ProcessInstance p = propose("thu", "hoat", "Lỗi thời");
        assertThat(qms.task(p.getId(), "hoat").getDueDate()).isEqualTo(Date.from(java.time.Instant.parse("2026-12-04T16:59:59Z")));
    }
}
