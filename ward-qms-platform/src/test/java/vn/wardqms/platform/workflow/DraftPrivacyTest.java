package vn.wardqms.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.wardqms.platform.workflow.standin.StandInNode;

/**
 * Drafts are seen only by their drafter, the reviewers and approver of the running approval and the quality
 * secretary. The shipped behaviour (context/behaviour-context.xml, behaviour/qms-draft-privacy.js) runs in Rhino
 * when the stand-in's node service fires onAddAspect, as the repository's would; the drafts folder gives staff
 * Contributor and the site gives them Consumer, as provisioned.
 */
class DraftPrivacyTest {
    private QmsEngine qms;

    @BeforeEach
    void start() {
        qms = QmsEngine.start().withPeople();
        qms.repository.group("GROUP_WARDQMS_STAFF", "suong", "hung", "lan", "minh", "hoat", "thu");
        qms.repository.grant(qms.library, "GROUP_WARDQMS_STAFF", "Consumer");
        qms.repository.grant(qms.drafts, "GROUP_WARDQMS_STAFF", "Contributor");
    }

    @AfterEach
    void stop() {
        qms.close();
    }

    /** Share's upload into Dự thảo, then the folder's rule: specialise-type, set the state. */
    private StandInNode upload(String user, String name) {
        return qms.repository.runAs(user, () -> {
            StandInNode content = qms.repository.create(qms.drafts, "cm:content", name, Map.of());
            assertThat(qms.repository.hasPermission(content, "lan", "Read")).as("an upload inherits the folder").isTrue();
            qms.repository.specialise(content, "qms:controlledDocument");
            return content;
        });
    }

    @Test
    void anUploadSpecialisedByTheDraftsRuleIsPrivateToItsDrafterAndTheSecretary() {
        StandInNode draft = upload("suong", "Dự thảo quy trình tiếp công dân.docx");

        assertThat(draft.getTypeShort()).isEqualTo("qms:controlledDocument");
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("DRAFT");
        assertThat(draft.inheritsPermissions()).isFalse();
        assertThat(qms.repository.hasPermission(draft, "suong", "Write")).as("the owner").isTrue();
        assertThat(qms.repository.hasPermission(draft, "thu", "Write")).as("the quality secretary").isTrue();
        for (String colleague : List.of("hung", "lan", "hoat")) {
            assertThat(qms.repository.hasPermission(draft, colleague, "Read")).as(colleague).isFalse();
        }
    }

    @Test
    void aControlledDocumentCreatedDirectlyInAPreIssueStateIsPrivateWhereverItIs() {
        for (String state : List.of("DRAFT", "IN_REVIEW", "AWAITING_APPROVAL", "APPROVED")) {
            StandInNode doc = qms.document("Quy trình " + state, state);
            assertThat(doc.inheritsPermissions()).as(state).isFalse();
            assertThat(qms.repository.hasPermission(doc, "lan", "Read")).as(state).isFalse();
            assertThat(qms.repository.hasPermission(doc, "thu", "Write")).as(state).isTrue();
            assertThat(qms.repository.hasPermission(doc, "suong", "Write")).as(state).isTrue();
        }
    }

    @Test
    void issuesInForceAndExternalDocumentsKeepTheirFoldersPermissions() {
        StandInNode effective = qms.document("Sổ tay chất lượng", "EFFECTIVE");
        assertThat(effective.inheritsPermissions()).isTrue();
        assertThat(qms.repository.hasPermission(effective, "lan", "Read")).isTrue();

        StandInNode external = qms.repository.runAs("thu", () -> {
            StandInNode law = qms.repository.create(qms.library, "cm:content", "Luật Lưu trữ 2024.pdf", Map.of());
            qms.repository.specialise(law, "qms:externalDocument");
            return law;
        });
        assertThat(external.property("qms:lifecycleState")).as("the model's default").isEqualTo("DRAFT");
        assertThat(external.inheritsPermissions()).as("a law is not a draft of ours").isTrue();
        assertThat(qms.repository.hasPermission(external, "lan", "Read")).isTrue();
    }

    @Test
    void reviewersAndTheApproverMayReadTheDraftFromTheStartAndWhoeverATaskIsHandedTo() {
        StandInNode draft = upload("suong", "Dự thảo quy trình.docx");
        assertThat(qms.repository.hasPermission(draft, "hung", "Read")).isFalse();

        ProcessInstance p = qms.startApproval("suong", draft, List.of("hung", "lan"), "hoat");
        for (String participant : List.of("hung", "lan", "hoat")) {
            assertThat(qms.repository.hasPermission(draft, participant, "Read")).as(participant).isTrue();
            assertThat(qms.repository.hasPermission(draft, participant, "Write")).as(participant + " only reads").isFalse();
        }
        assertThat(qms.repository.hasPermission(draft, "minh", "Read")).isFalse();

        // The approval goes on though reviewers and approver may not write: its changes run as the drafter.
        qms.complete(qms.task(p.getId(), "hung"), "Approve", null);
        qms.complete(qms.task(p.getId(), "lan"), "Approve", null);
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("AWAITING_APPROVAL");
        Task approve = qms.task(p.getId(), "hoat");
        qms.engine.getTaskService().setAssignee(approve.getId(), "minh");
        assertThat(qms.repository.hasPermission(draft, "minh", "Read")).as("handed the approval").isTrue();
        qms.complete(qms.task(p.getId(), "minh"), "Approve", null);
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("APPROVED");
        assertThat(draft.inheritsPermissions()).as("still private until the QMS service places the issue").isFalse();
    }

    @Test
    void withoutTheRunAsAReviewerCouldNotMoveThePrivateDraftOn() {
        StandInNode draft = upload("suong", "Dự thảo.docx");
        qms.startApproval("suong", draft, List.of("hung"), "hoat");
        // What the review's gateway script would do as the reviewer himself.
        assertThatThrownBy(() -> qms.repository.runAs("hung", () -> {
            draft.getProperties().put("qms:lifecycleState", "AWAITING_APPROVAL");
            draft.save();
            return null;
        })).hasMessageContaining("Access Denied");
        assertThat(draft.property("qms:lifecycleState")).isEqualTo("IN_REVIEW");
    }
}
