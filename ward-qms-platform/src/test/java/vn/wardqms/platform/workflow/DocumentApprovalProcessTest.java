package vn.wardqms.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.wardqms.platform.workflow.standin.StandInNode;

/** Soạn thảo → Xem xét → Phê duyệt on the real engine, with the document changes the script makes. */
class DocumentApprovalProcessTest {
    private QmsEngine qms;
    private StandInNode draft;

    @BeforeEach
    void start() {
        qms = QmsEngine.start().withPeople();
        draft = qms.document("Quy trình kiểm soát thông tin dạng văn bản", "DRAFT");
    }

    @AfterEach
    void stop() {
        qms.close();
    }

    @Test
    void approvedDocumentCarriesTheCoverTableFromTheRealDecisions() {
        ProcessInstance p = qms.startApproval("suong", draft, List.of("hung", "lan"), "hoat");
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("IN_REVIEW");
        assertThat(qms.tasks(p.getId())).extracting(Task::getAssignee).containsExactly("hung", "lan");

        qms.clock.advance(Duration.ofHours(5));
        Instant hungReviewed = qms.clock.instant();
        qms.complete(qms.task(p.getId(), "hung"), "Approve", null);
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("IN_REVIEW");
        qms.clock.advance(Duration.ofDays(1));
        Instant lanReviewed = qms.clock.instant();
        qms.complete(qms.task(p.getId(), "lan"), "Approve", "Đồng ý ban hành");
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("AWAITING_APPROVAL");

        qms.clock.advance(Duration.ofDays(1));
        Instant approved = qms.clock.instant();
        qms.complete(qms.task(p.getId(), "hoat"), "Approve", null);

        assertThat(qms.ended(p.getId())).isTrue();
        assertThat(qms.endedAt(p.getId())).isEqualTo("approved");
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("APPROVED");
        assertThat(draft.aspects()).contains("qms:approval");
        assertThat(draft.property("qms:drafter")).isEqualTo("suong");
        assertThat(draft.property("qms:drafterName")).isEqualTo("Đỗ Thị Sương");
        assertThat(draft.property("qms:drafterJobTitle")).isEqualTo("Chuyên viên");
        assertThat(draft.property("qms:draftedOn")).isEqualTo(Date.from(QmsEngine.FRIDAY_MORNING));
        assertThat(draft.property("qms:reviewers")).isEqualTo(List.of("hung", "lan"));
        assertThat(draft.property("qms:reviewerNames")).isEqualTo(List.of("Huỳnh Văn Hưng", "Trần Thị Lan"));
        assertThat(draft.property("qms:reviewerJobTitles")).isEqualTo(
                List.of("Phó Trưởng phòng Văn hóa - Xã hội", "Trưởng phòng Kinh tế, Hạ tầng và Đô thị"));
        assertThat(draft.property("qms:reviewedOn")).isEqualTo(List.of(Date.from(hungReviewed), Date.from(lanReviewed)));
        assertThat(draft.property("qms:approver")).isEqualTo("hoat");
        assertThat(draft.property("qms:approverName")).isEqualTo("Nguyễn Hoạt");
        assertThat(draft.property("qms:approverJobTitle")).isEqualTo("Chủ tịch UBND phường");
        assertThat(draft.property("qms:approvedOn")).isEqualTo(Date.from(approved));
        assertThat(draft.property("qms:approvalProcessId")).isEqualTo("activiti$" + p.getId());
        assertThat(draft.property("qms:changeSummary")).isEqualTo("Ban hành lần đầu");
        assertThat(draft.property("qms:changeLocation")).as("not given: left unset").isNull();

        List<DecisionLog.Entry> log = DecisionLog.parse((String) qms.variable(p.getId(), DecisionLog.VARIABLE));
        assertThat(log).extracting(DecisionLog.Entry::task, DecisionLog.Entry::user, DecisionLog.Entry::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("submit", "suong", "Submit"),
                org.assertj.core.groups.Tuple.tuple("reviewTask", "hung", "Approve"),
                org.assertj.core.groups.Tuple.tuple("reviewTask", "lan", "Approve"),
                org.assertj.core.groups.Tuple.tuple("approveTask", "hoat", "Approve"));
        assertThat(log.get(2).comment()).isEqualTo("Đồng ý ban hành");
    }

    @Test
    void theAmendmentRecordComesFromTheSubmissionTrimmedAndBlankIsLeftUnset() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("qmswf_reviewers", qms.people("hung"));
        variables.put("qmswf_approver", qms.repository.personNode("hoat"));
        variables.put(ProcessVariables.CHANGE_SUMMARY, "   ");
        variables.put(ProcessVariables.CHANGE_LOCATION, "  Mục 5.2 và biểu mẫu BM-02 ");
        ProcessInstance p = qms.start(ProcessStartListener.APPROVAL_PROCESS, "suong", draft, variables);
        qms.complete(qms.task(p.getId(), "hung"), "Approve", null);
        qms.complete(qms.task(p.getId(), "hoat"), "Approve", null);

        assertThat(draft.property("qms:lifecycleState")).isEqualTo("APPROVED");
        assertThat(draft.property("qms:changeLocation")).isEqualTo("Mục 5.2 và biểu mẫu BM-02");
        assertThat(draft.property("qms:changeSummary")).as("blank is not a summary").isNull();
    }

    @Test
    void anyRejectionReturnsTheDraftWithEveryReviewersCommentAfterAllHaveDecided() {
        ProcessInstance p = qms.startApproval("suong", draft, List.of("hung", "lan", "minh"), "hoat");
        qms.complete(qms.task(p.getId(), "lan"), "Reject", "Thiếu bước lưu hồ sơ");
        // The round goes on until every reviewer has decided: nobody's comment is lost.
        assertThat(qms.tasks(p.getId())).extracting(Task::getAssignee).containsExactly("hung", "minh");
        qms.complete(qms.task(p.getId(), "hung"), "Approve", "Ổn");
        qms.complete(qms.task(p.getId(), "minh"), "Approve", null);

        Task revise = qms.task(p.getId(), "suong");
        assertThat(revise.getTaskDefinitionKey()).isEqualTo("reviseTask");
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("DRAFT");
        String comments = (String) qms.engine.getTaskService().getVariableLocal(revise.getId(), ProcessVariables.REVIEW_COMMENTS);
        assertThat(comments).contains("lan (Reject): Thiếu bước lưu hồ sơ", "hung (Approve): Ổn", "minh (Approve)");
        assertThat(qms.engine.getTaskService().createTaskQuery().taskDefinitionKey("approveTask").count()).isZero();
    }

    @Test
    void severalRoundsUntilApprovalAndTheCoverShowsTheLastRound() {
        ProcessInstance p = qms.startApproval("suong", draft, List.of("hung", "lan"), "hoat");
        // Round 1: a reviewer rejects.
        qms.complete(qms.task(p.getId(), "hung"), "Reject", "Sửa mục 3");
        qms.complete(qms.task(p.getId(), "lan"), "Approve", null);
        qms.complete(qms.task(p.getId(), "suong"), "Resubmit", "Đã sửa mục 3");
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("IN_REVIEW");
        // Round 2: reviewers approve, the approver sends it back.
        qms.complete(qms.task(p.getId(), "hung"), "Approve", null);
        qms.complete(qms.task(p.getId(), "lan"), "Approve", null);
        qms.complete(qms.task(p.getId(), "hoat"), "Reject", "Bổ sung căn cứ pháp lý");
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("DRAFT");
        String comments = (String) qms.engine.getTaskService().getVariableLocal(qms.task(p.getId(), "suong").getId(),
                ProcessVariables.REVIEW_COMMENTS);
        assertThat(comments).contains("hoat (Reject): Bổ sung căn cứ pháp lý");
        qms.clock.advance(Duration.ofDays(2));
        Instant resubmitted = qms.clock.instant();
        qms.complete(qms.task(p.getId(), "suong"), "Resubmit", null);
        // Round 3: all approve.
        qms.clock.advance(Duration.ofHours(1));
        Instant lastReview = qms.clock.instant();
        qms.complete(qms.task(p.getId(), "hung"), "Approve", null);
        qms.complete(qms.task(p.getId(), "lan"), "Approve", null);
        qms.complete(qms.task(p.getId(), "hoat"), "Approve", null);

        assertThat(qms.endedAt(p.getId())).isEqualTo("approved");
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("APPROVED");
        assertThat(draft.property("qms:draftedOn")).isEqualTo(Date.from(resubmitted));
        assertThat(draft.property("qms:reviewedOn")).isEqualTo(List.of(Date.from(lastReview), Date.from(lastReview)));
        assertThat(qms.variable(p.getId(), ProcessVariables.ROUND)).isEqualTo(3);
        List<DecisionLog.Entry> log = DecisionLog.parse((String) qms.variable(p.getId(), DecisionLog.VARIABLE));
        assertThat(log).filteredOn(e -> e.task().equals("submit")).extracting(DecisionLog.Entry::round).containsExactly(1, 2, 3);
    }

    @Test
    void drafterMayCancelWhileTheDraftIsWithThem() {
        ProcessInstance p = qms.startApproval("suong", draft, List.of("hung"), "hoat");
        qms.complete(qms.task(p.getId(), "hung"), "Reject", "Không cần ban hành");
        qms.complete(qms.task(p.getId(), "suong"), "Cancel", null);

        assertThat(qms.endedAt(p.getId())).isEqualTo("cancelled");
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("DRAFT");
        assertThat(draft.aspects()).doesNotContain("qms:approval");
    }

    @Test
    void rejectionWithoutACommentIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance p = qms.startApproval("suong", draft, List.of("hung"), "hoat");
        Task review = qms.task(p.getId(), "hung");
        assertThatThrownBy(() -> qms.complete(review, "Reject", "  "))
                .hasRootCauseInstanceOf(QmsWorkflowException.class)
                .hasMessageContaining("A comment is required to Reject")
                .hasMessageContaining("Cần có ý kiến khi chọn Reject");
        assertThat(qms.tasks(p.getId())).extracting(Task::getId).containsExactly(review.getId());
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("IN_REVIEW");
    }

    @Test
    void completingWithoutAValidOutcomeIsRefused() {
        ProcessInstance p = qms.startApproval("suong", draft, List.of("hung"), "hoat");
        // No outcome at all: the repository's own check of mandatory task properties refuses it first.
        assertThatThrownBy(() -> qms.complete(qms.task(p.getId(), "hung"), null, null))
                .hasMessageContaining("Mandatory task properties have not been provided: [qmswf:reviewOutcome]");
        // An outcome the process does not know: the task rules refuse it.
        assertThatThrownBy(() -> qms.complete(qms.task(p.getId(), "hung"), "Maybe", null))
                .hasRootCauseInstanceOf(QmsWorkflowException.class)
                .hasMessageContaining("Outcome 'Maybe' is not one of: Approve, Reject");
        assertThat(qms.tasks(p.getId())).hasSize(1);
    }

    @Test
    void drafterCannotReviewOrApproveTheirOwnDocument() {
        assertRefused(() -> qms.startApproval("suong", draft, List.of("hung", "suong"), "hoat"),
                "suong drafted this document and cannot review it");
        assertRefused(() -> qms.startApproval("suong", draft, List.of("hung"), "suong"),
                "suong drafted this document and cannot approve it");
        assertRefused(() -> qms.startApproval("suong", draft, List.of(), "hoat"), "Choose at least one reviewer");
        assertRefused(() -> qms.startApproval("suong", draft, List.of("hung"), null), "Choose the approver");
        assertRefused(() -> qms.startApproval("suong", draft, List.of("hung", "hung"), "hoat"), "hung is chosen as a reviewer more than once");
        // Nothing started, nothing changed.
        assertThat(qms.engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("DRAFT");
    }

    @Test
    void reviewerMayNotApproveUnlessTheDeploymentAllowsIt() {
        assertRefused(() -> qms.startApproval("suong", draft, List.of("hung", "hoat"), "hoat"),
                "hoat reviews this document and cannot also approve it (ward-qms.workflow.reviewer-may-approve=false)");

        Properties allow = new Properties();
        allow.setProperty(WorkflowSettings.REVIEWER_MAY_APPROVE, "true");
        try (QmsEngine permissive = QmsEngine.start(allow).withPeople()) {
            StandInNode doc = permissive.document("Quy trình tiếp nhận hồ sơ", "DRAFT");
            ProcessInstance p = permissive.startApproval("suong", doc, List.of("hung", "hoat"), "hoat");
            permissive.complete(permissive.task(p.getId(), "hung"), "Approve", null);
            permissive.complete(permissive.task(p.getId(), "hoat"), "Approve", null);
            permissive.complete(permissive.task(p.getId(), "hoat"), "Approve", null);
            assertThat(doc.property("qms:lifecycleState")).isEqualTo("APPROVED");
        }
    }

    @Test
    void tasksCannotBeHandedToSomeoneTheRulesExclude() {
        ProcessInstance p = qms.startApproval("suong", draft, List.of("hung", "lan"), "hoat");
        Task review = qms.task(p.getId(), "hung");
        assertRefused(() -> qms.engine.getTaskService().setAssignee(review.getId(), "suong"),
                "suong drafted this document and cannot review it");
        assertThat(qms.engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isEqualTo("hung");

        qms.complete(review, "Approve", null);
        qms.complete(qms.task(p.getId(), "lan"), "Approve", null);
        Task approve = qms.task(p.getId(), "hoat");
        assertRefused(() -> qms.engine.getTaskService().setAssignee(approve.getId(), "lan"),
                "lan reviews this document and cannot also approve it");
        assertRefused(() -> qms.engine.getTaskService().setAssignee(approve.getId(), "suong"),
                "suong drafted this document and cannot approve it");
        // Handing it to another leader is fine.
        qms.engine.getTaskService().setAssignee(approve.getId(), "minh");
        qms.complete(qms.task(p.getId(), "minh"), "Approve", null);
        assertThat(draft.property("qms:approverName")).isEqualTo("Lê Văn Minh");
    }

    @Test
    void everyTaskIsDueAfterTheConfiguredWorkingDays() {
        ProcessInstance p = qms.startApproval("suong", draft, List.of("hung"), "hoat");
        // Started on Friday 27/11/2026 09:00 in Hà Nội; reviews take 5 working days: due Friday 4/12, end of day.
        assertThat(qms.task(p.getId(), "hung").getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-04T16:59:59Z")));
        qms.clock.advance(Duration.ofDays(3)); // Monday 30/11
        qms.complete(qms.task(p.getId(), "hung"), "Approve", null);
        // Approval takes 3 working days: Thursday 3/12.
        assertThat(qms.task(p.getId(), "hoat").getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-03T16:59:59Z")));
        qms.complete(qms.task(p.getId(), "hoat"), "Reject", "Chưa rõ");
        // Revision takes 5 working days: Monday 7/12.
        assertThat(qms.task(p.getId(), "suong").getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-07T16:59:59Z")));
    }

    @Test
    void repositoryListenersRunOnEveryTaskBeforeTheRules() {
        ProcessInstance p = qms.startApproval("suong", draft, List.of("hung"), "hoat");
        Task review = qms.task(p.getId(), "hung");
        var tasks = qms.engine.getTaskService();
        assertThat(tasks.getVariableLocal(review.getId(), "taskFormKey")).isEqualTo("qmswf:reviewTask");
        assertThat(tasks.getVariableLocal(review.getId(), "bpm_packageItemActionGroup")).isEqualTo("read_package_item_actions");
        assertThat(tasks.getVariableLocal(review.getId(), "bpm_status")).isEqualTo("Not Yet Started");
        assertThat(tasks.getVariableLocal(review.getId(), "qmswf_reviewOutcome")).as("no silent default outcome").isNull();
        qms.complete(review, "Approve", null);
        assertThat(qms.engine.getHistoryService().createHistoricVariableInstanceQuery().taskId(review.getId())
                .variableName("bpm_status").singleResult().getValue()).isEqualTo("Completed");
    }

    @Test
    void onlyADraftCanBeSubmitted() {
        StandInNode effective = qms.document("Sổ tay chất lượng", "EFFECTIVE");
        assertRefused(() -> qms.startApproval("suong", effective, List.of("hung"), "hoat"),
                "The document is EFFECTIVE; this step needs it DRAFT");
        assertThat(effective.property("qms:lifecycleState")).isEqualTo("EFFECTIVE");
    }

    private static void assertRefused(Runnable action, String message) {
        assertThatThrownBy(action::run).hasMessageContaining(message);
    }
}
