package vn.wardqms.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.IdentityLink;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.wardqms.platform.workflow.standin.StandInNode;

/**
 * Only an approver approves and only a reviewer reviews, as the engine enforces it: at the start of an approval and
 * whenever a review or approval task is given to someone. binh is in neither group; hoat approves through the
 * leaders' group nested in the approvers'. Each refusal leaves no process, or the task with whom it was, and the
 * document as it was.
 */
class ApprovalAuthorityTest {
    private QmsEngine qms;

    @AfterEach
    void tearDown() {
        qms.close();
    }

    private StandInNode draft(QmsEngine engine) {
        qms = engine.withPeople();
        return qms.document("Quy trình tiếp công dân", "DRAFT");
    }

    private long processes() {
        return qms.engine.getRuntimeService().createProcessInstanceQuery().count();
    }

    @Test
    void anApproverOutsideTheApproversGroupCannotBeChosen() {
        StandInNode draft = draft(QmsEngine.start());
        assertThatThrownBy(() -> qms.startApproval("suong", draft, List.of("hung"), "binh"))
                .hasMessageContaining("The approver must be a member of the approvers group GROUP_WARDQMS_APPROVERS")
                .hasMessageContaining("Người phê duyệt phải là thành viên nhóm người phê duyệt GROUP_WARDQMS_APPROVERS")
                .hasMessageContaining("binh");
        assertThat(processes()).isZero();
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("DRAFT");
        assertThat(qms.repository.hasPermission(draft, "binh", "Read")).as("nothing granted").isFalse();
    }

    @Test
    void aReviewerOutsideTheReviewersGroupCannotBeChosenUnlessTheDeploymentAllowsIt() {
        StandInNode draft = draft(QmsEngine.start());
        assertThatThrownBy(() -> qms.startApproval("suong", draft, List.of("hung", "binh"), "hoat"))
                .hasMessageContaining("Each reviewer must be a member of the reviewers group GROUP_WARDQMS_REVIEWERS")
                .hasMessageContaining("Mỗi người xem xét phải là thành viên nhóm người xem xét GROUP_WARDQMS_REVIEWERS: binh");
        assertThat(processes()).isZero();
        qms.close();

        Properties open = new Properties();
        open.setProperty("ward-qms.workflow.reviewers-group-required", "false");
        StandInNode other = draft(QmsEngine.start(open));
        ProcessInstance p = qms.startApproval("suong", other, List.of("binh"), "hoat");
        assertThat(qms.task(p.getId(), "binh").getTaskDefinitionKey()).isEqualTo("reviewTask");
        assertThatThrownBy(() -> qms.startApproval("suong", qms.document("Quy trình khác", "DRAFT"), List.of("hung"), "binh"))
                .as("the approver is always checked")
                .hasMessageContaining("GROUP_WARDQMS_APPROVERS");
    }

    @Test
    void aTaskCannotBeHandedToSomeoneOutsideTheGroupAndStaysWithWhomItWas() {
        StandInNode draft = draft(QmsEngine.start());
        ProcessInstance p = qms.startApproval("suong", draft, List.of("hung"), "hoat");
        Task review = qms.task(p.getId(), "hung");
        assertThatThrownBy(() -> qms.engine.getTaskService().setAssignee(review.getId(), "binh"))
                .hasMessageContaining("Each reviewer must be a member of the reviewers group");
        assertThat(qms.engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isEqualTo("hung");
        assertThat(qms.repository.hasPermission(draft, "binh", "Read")).isFalse();

        qms.complete(review, "Approve", null);
        Task approve = qms.task(p.getId(), "hoat");
        assertThatThrownBy(() -> qms.engine.getTaskService().setAssignee(approve.getId(), "binh"))
                .hasMessageContaining("The approver must be a member of the approvers group");
        assertThatThrownBy(() -> qms.engine.getTaskService().setAssignee(approve.getId(), "lan"))
                .as("a reviewer of the document, and not an approver either")
                .hasMessageContaining("lan");
        assertThat(qms.engine.getTaskService().createTaskQuery().taskId(approve.getId()).singleResult().getAssignee()).isEqualTo("hoat");

        qms.engine.getTaskService().setAssignee(approve.getId(), "minh");
        qms.complete(qms.task(p.getId(), "minh"), "Approve", null);
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("APPROVED");
        assertThat(draft.property("qms:approver")).isEqualTo("minh");
    }

    @Test
    void theSettingIsTheDeploymentsNotTheClients() {
        StandInNode draft = draft(QmsEngine.start());
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("qmswf_reviewers", qms.repository.people("binh"));
        variables.put("qmswf_approver", qms.repository.personNode("hoat"));
        variables.put("qmswf_reviewersGroupRequired", false);
        assertThatThrownBy(() -> qms.start(ProcessStartListener.APPROVAL_PROCESS, "suong", draft, variables))
                .hasMessageContaining("GROUP_WARDQMS_REVIEWERS: binh");
        assertThat(processes()).isZero();
    }

    @Test
    void theQmsServiceTakesPartInEveryTaskSoItMayReadTheProcessItChecks() {
        StandInNode draft = draft(QmsEngine.start());
        ProcessInstance p = qms.startApproval("suong", draft, List.of("hung"), "hoat");
        Task review = qms.task(p.getId(), "hung");
        List<IdentityLink> links = qms.engine.getTaskService().getIdentityLinksForTask(review.getId());
        assertThat(links).anySatisfy(l -> {
            assertThat(l.getUserId()).isEqualTo("ward-qms-service");
            assertThat(l.getType()).isEqualTo("participant");
        });
        assertThat(qms.engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(p.getId())
                .taskInvolvedUser("ward-qms-service").count()).as("as the workflow API asks").isEqualTo(1);
    }
}
