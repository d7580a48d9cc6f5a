package vn.wardqms.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.wardqms.platform.workflow.standin.StandInNode;

/** Xem xét định kỳ: each of the owner's three decisions, and the processes they start. */
class PeriodicReviewProcessTest {
    private QmsEngine qms;
    private StandInNode effective;

    @BeforeEach
    void start() {
        qms = QmsEngine.start().withPeople();
        effective = qms.document("Quy trình đánh giá nội bộ", "EFFECTIVE");
    }

    @AfterEach
    void stop() {
        qms.close();
    }

    private ProcessInstance startReview(String owner) {
        return qms.start(ProcessStartListener.PERIODIC_REVIEW_PROCESS, "thu", effective,
                Map.of("qmswf_reviewOwner", qms.repository.personNode(owner)));
    }

    @Test
    void stillValidRecordsTheReviewAndTheNextDueDate() {
        ProcessInstance p = startReview("hung");
        Task review = qms.task(p.getId(), "hung");
        assertThat(review.getDueDate()).isEqualTo(Date.from(java.time.Instant.parse("2026-12-11T16:59:59Z"))); // 10 working days
        qms.complete(review, "StillValid", null);

        assertThat(qms.endedAt(p.getId())).isEqualTo("confirmed");
        assertThat(effective.property("qms:lifecycleState")).isEqualTo("EFFECTIVE");
        LocalDate today = LocalDate.now();
        assertThat(day(effective.property("qms:lastReviewedOn"))).isEqualTo(today);
        assertThat(day(effective.property("qms:nextReviewDue"))).isEqualTo(today.plusMonths(12));
        assertThat(effective.property("qms:reviewPeriodMonths")).isEqualTo(12);
    }

    @Test
    void needsAmendmentStartsDocumentApprovalOfANewDraftWithTheOwnerAsDrafter() {
        ProcessInstance p = startReview("hung");
        Task review = qms.task(p.getId(), "hung");
        qms.complete(review, "NeedsAmendment", "Cập nhật theo Luật Lưu trữ 2024",
                Map.of("qmswf_reviewers", qms.people("lan", "minh"), "qmswf_approver", qms.repository.personNode("hoat")));

        StandInNode draft = qms.repository.nodesOfType("qms:controlledDocument").stream()
                .filter(n -> n != effective).findFirst().orElseThrow();
        assertThat(draft.targets("qms:amends")).containsExactly(effective);
        assertThat(draft.property("qms:documentCode")).isEqualTo("QT-05");
        // Made in the site's drafts folder, private to the owner (its drafter), the secretary and the approval.
        assertThat(draft.getParent()).isSameAs(qms.drafts);
        assertThat(draft.getOwner()).isEqualTo("hung");
        assertThat(draft.inheritsPermissions()).isFalse();
        assertThat(qms.repository.hasPermission(draft, "thu", "Write")).isTrue();
        assertThat(qms.repository.hasPermission(draft, "lan", "Read")).as("a reviewer of the amendment").isTrue();
        assertThat(qms.repository.hasPermission(draft, "suong", "Read")).as("not involved").isFalse();
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("IN_REVIEW");
        assertThat(effective.property("qms:lifecycleState")).isEqualTo("EFFECTIVE");
        assertThat(qms.tasks(p.getId())).extracting(Task::getAssignee).containsExactly("lan", "minh");
        assertThat(qms.ended(p.getId())).isFalse();

        qms.complete(qms.task(p.getId(), "lan"), "Approve", null);
        qms.complete(qms.task(p.getId(), "minh"), "Approve", null);
        qms.complete(qms.task(p.getId(), "hoat"), "Approve", null);

        assertThat(draft.property("qms:lifecycleState")).isEqualTo("APPROVED");
        assertThat(draft.property("qms:drafter")).isEqualTo("hung");
        assertThat(draft.property("qms:drafterName")).isEqualTo("Huỳnh Văn Hưng");
        assertThat(qms.endedAt(p.getId())).isEqualTo("amended");
        assertThat(effective.property("qms:lifecycleState")).isEqualTo("EFFECTIVE");
    }

    @Test
    void theAmendmentDraftLeavesTheIssuesOwnRecordAndLinksBehind() {
        StandInNode older = qms.document("Quy trình đánh giá nội bộ (lần 1)", "OBSOLETE");
        StandInNode pdf = qms.repository.create(effective.getParent(), "cm:content", "QT-05 lần 2.pdf", Map.of());
        qms.repository.asTheProcessesLeftIt(() -> qms.repository.runAs("thu", () -> {
            effective.createAssociation(older, "qms:amends");
            effective.createAssociation(pdf, "qms:issuedCopy");
            effective.getProperties().putAll(Map.of("qms:issueVersionLabel", "2.0", "qms:distributionGroups", java.util.List.of("GROUP_WARDQMS_STAFF"),
                    "qms:acknowledgedBy", java.util.List.of("lan"), "qms:acknowledgedOn", java.util.List.of(new Date()),
                    "qms:acknowledgementsRequestedOn", new Date()));
            effective.save();
            return null;
        }));
        ProcessInstance p = startReview("hung");
        qms.complete(qms.task(p.getId(), "hung"), "NeedsAmendment", "Sửa mục 5",
                Map.of("qmswf_reviewers", qms.people("lan"), "qmswf_approver", qms.repository.personNode("hoat")));

        StandInNode draft = qms.drafts.getChildren()[0];
        assertThat(draft.targets("qms:amends")).containsExactly(effective);
        assertThat(draft.targets("qms:issuedCopy")).isEmpty();
        assertThat(draft.property("qms:distributionGroups")).isEqualTo(java.util.List.of("GROUP_WARDQMS_STAFF"));
        for (String issueOnly : java.util.List.of("qms:issueVersionLabel", "qms:acknowledgedBy", "qms:acknowledgedOn",
                "qms:acknowledgementsRequestedOn", "qms:issueDate", "qms:effectiveDate")) {
            assertThat(draft.property(issueOnly)).as(issueOnly).isNull();
        }
        assertThat(effective.targets("qms:issuedCopy")).containsExactly(pdf);
        assertThat(effective.property("qms:acknowledgedBy")).isEqualTo(java.util.List.of("lan"));
    }

    @Test
    void anAmendmentNeedsTheSitesDraftsFolder() {
        StandInNode outside = qms.repository.folder("Ngoài site");
        qms.repository.grant(outside, "GROUP_EVERYONE", "Collaborator");
        StandInNode loose = qms.document(outside, "Quy trình ngoài site", "EFFECTIVE", Map.of());
        ProcessInstance p = qms.start(ProcessStartListener.PERIODIC_REVIEW_PROCESS, "thu", loose,
                Map.of("qmswf_reviewOwner", qms.repository.personNode("hung")));
        assertThatThrownBy(() -> qms.complete(qms.task(p.getId(), "hung"), "NeedsAmendment", "Sửa",
                Map.of("qmswf_reviewers", qms.people("lan"), "qmswf_approver", qms.repository.personNode("hoat"))))
                .hasMessageContaining("The document's site has no drafts folder 'Dự thảo' in its document library")
                .hasMessageContaining("Site của tài liệu không có thư mục 'Dự thảo'");
        assertThat(qms.tasks(p.getId())).extracting(Task::getTaskDefinitionKey).containsExactly("periodicReviewTask");
        assertThat(qms.drafts.getChildren()).isEmpty();
        assertThat(qms.repository.nodesOfType("qms:controlledDocument")).containsExactly(effective, loose);
    }

    @Test
    void needsAmendmentIsRefusedOnTheTaskWhenItsParticipantsBreakTheRules() {
        ProcessInstance p = startReview("hung");
        Task review = qms.task(p.getId(), "hung");
        assertThatThrownBy(() -> qms.complete(review, "NeedsAmendment", null,
                Map.of("qmswf_reviewers", qms.people("lan"), "qmswf_approver", qms.repository.personNode("hoat"))))
                .hasMessageContaining("A comment is required to NeedsAmendment");
        assertThatThrownBy(() -> qms.complete(review, "NeedsAmendment", "Sửa",
                Map.of("qmswf_reviewers", qms.people("hung"), "qmswf_approver", qms.repository.personNode("hoat"))))
                .hasMessageContaining("hung drafted this document and cannot review it");
        assertThat(qms.tasks(p.getId())).extracting(Task::getId).containsExactly(review.getId());
        assertThat(qms.repository.nodesOfType("qms:controlledDocument")).containsExactly(effective);
    }

    @Test
    void withdrawStartsTheWithdrawalWithTheOwnerAsProposer() {
        ProcessInstance p = startReview("hung");
        qms.complete(qms.task(p.getId(), "hung"), "Withdraw", "Thủ tục đã bị bãi bỏ",
                Map.of("qmswf_approver", qms.repository.personNode("hoat")));

        Task decide = qms.task(p.getId(), "hoat");
        assertThat(decide.getTaskDefinitionKey()).isEqualTo("decideWithdrawalTask");
        qms.complete(decide, "Approve", null);

        assertThat(qms.endedAt(p.getId())).isEqualTo("withdrawalHandled");
        assertThat(effective.property("qms:lifecycleState")).isEqualTo("OBSOLETE");
        assertThat(effective.property("qms:withdrawalReason")).isEqualTo("Thủ tục đã bị bãi bỏ");
        assertThat(effective.property("qms:withdrawnBy")).isEqualTo("hoat");
    }

    @Test
    void inTheReadOnlyAreaTheReviewIsRecordedAsTheInitiatorThoughTheOwnerMayOnlyRead() {
        StandInNode inForce = WithdrawalProcessTest.inReadOnlyArea(qms, "Quy trình tiếp công dân");
        ProcessInstance p = qms.start(ProcessStartListener.PERIODIC_REVIEW_PROCESS, "thu", inForce,
                Map.of("qmswf_reviewOwner", qms.repository.personNode("hung")));
        qms.complete(qms.task(p.getId(), "hung"), "StillValid", null);

        assertThat(qms.endedAt(p.getId())).isEqualTo("confirmed");
        assertThat(day(inForce.property("qms:lastReviewedOn"))).isEqualTo(LocalDate.now());
        assertThat(day(inForce.property("qms:nextReviewDue"))).isEqualTo(LocalDate.now().plusMonths(12));
    }

    @Test
    void inTheReadOnlyAreaAWithdrawalDecidedInTheReviewIsRecordedAsTheReviewsInitiator() {
        StandInNode inForce = WithdrawalProcessTest.inReadOnlyArea(qms, "Quy trình tiếp công dân");
        ProcessInstance p = qms.start(ProcessStartListener.PERIODIC_REVIEW_PROCESS, "thu", inForce,
                Map.of("qmswf_reviewOwner", qms.repository.personNode("hung")));
        qms.complete(qms.task(p.getId(), "hung"), "Withdraw", "Thủ tục đã bị bãi bỏ",
                Map.of("qmswf_approver", qms.repository.personNode("hoat")));
        qms.complete(qms.task(p.getId(), "hoat"), "Approve", null);

        assertThat(qms.endedAt(p.getId())).isEqualTo("withdrawalHandled");
        assertThat(inForce.property("qms:lifecycleState")).isEqualTo("OBSOLETE");
        assertThat(inForce.property("qms:withdrawnBy")).isEqualTo("hoat");
    }

    @Test
    void theOwnerProposesTheWithdrawalTheReviewCallsAndIsToldWhenItIsRefused() {
        ProcessInstance p = startReview("hung");
        Task review = qms.task(p.getId(), "hung");
        assertThatThrownBy(() -> qms.complete(review, "Withdraw", "Thủ tục đã bị bãi bỏ",
                Map.of("qmswf_approver", qms.repository.personNode("hung"))))
                .hasMessageContaining("hung proposed this withdrawal and cannot decide on it");
        qms.complete(review, "Withdraw", "Thủ tục đã bị bãi bỏ", Map.of("qmswf_approver", qms.repository.personNode("hoat")));
        qms.complete(qms.task(p.getId(), "hoat"), "Reject", "Thủ tục vẫn còn áp dụng");

        Task told = qms.task(p.getId(), "hung");
        assertThat(told.getTaskDefinitionKey()).isEqualTo("withdrawalRejectedTask");
        qms.complete(told, null, null);
        assertThat(qms.endedAt(p.getId())).isEqualTo("withdrawalHandled");
        assertThat(effective.property("qms:lifecycleState")).isEqualTo("EFFECTIVE");
    }

    @Test
    void reviewNeedsAnOwnerAndADocumentInUse() {
        assertThatThrownBy(() -> qms.start(ProcessStartListener.PERIODIC_REVIEW_PROCESS, "thu", effective, Map.of()))
                .hasMessageContaining("Choose the owner who reviews the document");
        StandInNode draft = qms.document("Dự thảo", "DRAFT");
        assertThatThrownBy(() -> qms.start(ProcessStartListener.PERIODIC_REVIEW_PROCESS, "thu", draft,
                Map.of("qmswf_reviewOwner", qms.repository.personNode("hung"))))
                .hasMessageContaining("this step needs it EFFECTIVE");
    }

    private static LocalDate day(Object date) {
        return ((Date) date).toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
