package vn.wardqms.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.wardqms.platform.workflow.standin.StandInNode;

/**
 * Đọc và xác nhận on the real engine: the members of the distribution groups read an issue in force, each
 * confirmation is recorded on the document once. The document sits in a read-only area, as the QMS service places
 * issues in force: staff may only read it, the quality secretary (who starts the process) may write it.
 */
class ReadAcknowledgementProcessTest {
    private static final String PROCESS = ProcessStartListener.READ_ACKNOWLEDGEMENT_PROCESS;

    private QmsEngine qms;
    private StandInNode area;

    @BeforeEach
    void start() {
        qms = QmsEngine.start().withPeople();
        qms.repository.person("nam", "Võ Văn", "Nam", "Công chức Văn hóa - Xã hội");
        qms.repository.group("GROUP_WARDQMS_SECRETARY", "thu");
        qms.repository.group("GROUP_WARDQMS_UNIT_VHXH", "suong", "hung");
        // A team inside the unit for urban affairs; hung is in both units.
        qms.repository.group("GROUP_WARDQMS_TEAM_DOTHI", "minh", "hung");
        qms.repository.group("GROUP_WARDQMS_UNIT_KTHTDT", "lan", "GROUP_WARDQMS_TEAM_DOTHI");
        qms.repository.group("GROUP_WARDQMS_STAFF", "GROUP_WARDQMS_UNIT_VHXH", "GROUP_WARDQMS_UNIT_KTHTDT", "nam");
        qms.repository.group("GROUP_WARDQMS_UNIT_EMPTY");
        area = qms.repository.folder("Quy trình");
        qms.repository.inheritPermissions(area, false);
        qms.repository.grant(area, "GROUP_WARDQMS_STAFF", "Consumer");
        qms.repository.grant(area, "GROUP_WARDQMS_SECRETARY", "Coordinator");
    }

    @AfterEach
    void stop() {
        qms.close();
    }

    private StandInNode issue(String state, List<String> groups) {
        return qms.document(area, "Quy trình kiểm soát thông tin dạng văn bản", state, Map.of("qms:distributionGroups", groups,
                "qms:issueNumber", 2));
    }

    private ProcessInstance requestReading(StandInNode document) {
        return qms.start(PROCESS, "thu", document, Map.of());
    }

    @Test
    void everyCurrentMemberOfTheGroupsIsAskedOnceNestedGroupsIncluded() {
        StandInNode doc = issue("EFFECTIVE", List.of("GROUP_WARDQMS_UNIT_VHXH", "GROUP_WARDQMS_UNIT_KTHTDT"));
        Instant before = Instant.now();
        ProcessInstance p = requestReading(doc);

        // hung is in both units, minh only through the team inside one: each asked once, in name order.
        assertThat(qms.variable(p.getId(), ProcessVariables.RECIPIENT_USERS)).isEqualTo(List.of("hung", "lan", "minh", "suong"));
        assertThat(qms.tasks(p.getId())).extracting(Task::getAssignee).containsExactly("hung", "lan", "minh", "suong");
        assertThat(qms.tasks(p.getId())).extracting(Task::getTaskDefinitionKey).containsOnly("acknowledgeTask");
        // The repository's clock (the script's), not the engine's.
        assertThat(((Date) doc.property("qms:acknowledgementsRequestedOn")).toInstant()).isBetween(before.minusMillis(1), Instant.now());
        // Started on Friday 27/11/2026 in Hà Nội; reading takes 5 working days: due Friday 4/12, end of day.
        assertThat(qms.task(p.getId(), "lan").getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-04T16:59:59Z")));
        assertThat(doc.property("qms:acknowledgedBy")).isNull();
    }

    @Test
    void eachConfirmationIsRecordedOnTheReadOnlyDocumentAsTheRequesterAndTheProcessEndsWithTheLast() {
        StandInNode doc = issue("EFFECTIVE", List.of("GROUP_WARDQMS_UNIT_VHXH"));
        assertThat(qms.repository.hasPermission(doc, "hung", "Write")).as("staff only read an issue in force").isFalse();
        ProcessInstance p = requestReading(doc);

        Instant hungRead = Instant.now();
        qms.complete(qms.task(p.getId(), "hung"), "Acknowledged", null);
        assertThat(doc.property("qms:acknowledgedBy")).isEqualTo(List.of("hung"));
        assertThat((List<?>) doc.property("qms:acknowledgedOn")).hasSize(1);
        assertThat(qms.ended(p.getId())).isFalse();

        qms.complete(qms.task(p.getId(), "suong"), "Acknowledged", null);
        assertThat(doc.property("qms:acknowledgedBy")).isEqualTo(List.of("hung", "suong"));
        List<?> on = (List<?>) doc.property("qms:acknowledgedOn");
        assertThat(on).hasSize(2);
        assertThat(((Date) on.get(0)).toInstant()).isBetween(hungRead.minusMillis(1), ((Date) on.get(1)).toInstant());
        assertThat(qms.endedAt(p.getId())).isEqualTo("acknowledged");
        assertThat(doc.property("qms:lifecycleState")).isEqualTo("EFFECTIVE");
    }

    @Test
    void someoneWhoAlreadyAcknowledgedThisIssueIsNotRecordedTwice() {
        Date earlier = Date.from(Instant.parse("2026-11-20T03:00:00Z"));
        StandInNode doc = qms.document(area, "Quy trình tiếp công dân", "EFFECTIVE", Map.of(
                "qms:distributionGroups", List.of("GROUP_WARDQMS_UNIT_VHXH"),
                "qms:acknowledgedBy", List.of("hung"), "qms:acknowledgedOn", List.of(earlier)));
        ProcessInstance p = requestReading(doc);

        qms.complete(qms.task(p.getId(), "hung"), "Acknowledged", null);
        qms.complete(qms.task(p.getId(), "suong"), "Acknowledged", null);

        assertThat(doc.property("qms:acknowledgedBy")).isEqualTo(List.of("hung", "suong"));
        List<?> on = (List<?>) doc.property("qms:acknowledgedOn");
        assertThat(on).hasSize(2).first().isEqualTo(earlier);
    }

    @Test
    void theConfirmationIsKeptEvenIfTheIssueWasReplacedMeanwhile() {
        StandInNode doc = issue("EFFECTIVE", List.of("GROUP_WARDQMS_UNIT_VHXH"));
        ProcessInstance p = requestReading(doc);
        // The QMS service supersedes the issue meanwhile.
        qms.repository.asTheProcessesLeftIt(() -> qms.repository.runAs("thu", () -> {
            doc.getProperties().put("qms:lifecycleState", "SUPERSEDED");
            doc.save();
            return null;
        }));

        qms.complete(qms.task(p.getId(), "suong"), "Acknowledged", null);
        assertThat(doc.property("qms:acknowledgedBy")).as("suong did read it").isEqualTo(List.of("suong"));
    }

    @Test
    void withNobodyToAskTheProcessEndsAtOnce() {
        for (List<String> groups : List.of(List.<String>of(), List.of("GROUP_WARDQMS_UNIT_EMPTY"), List.of("GROUP_NO_LONGER_EXISTS"))) {
            StandInNode doc = issue("EFFECTIVE", groups);
            ProcessInstance p = requestReading(doc);
            assertThat(qms.endedAt(p.getId())).as(groups.toString()).isEqualTo("nobodyToAsk");
            assertThat(doc.property("qms:acknowledgedBy")).isNull();
        }
        StandInNode unset = qms.document(area, "Biểu mẫu", "EFFECTIVE", Map.of());
        assertThat(qms.endedAt(requestReading(unset).getId())).isEqualTo("nobodyToAsk");
        assertThat(qms.engine.getTaskService().createTaskQuery().count()).isZero();
    }

    @Test
    void onlyAnIssueInForceIsSentRoundAndARefusalChangesNothing() {
        StandInNode draft = issue("DRAFT", List.of("GROUP_WARDQMS_UNIT_VHXH"));
        assertThatThrownBy(() -> requestReading(draft))
                .hasMessageContaining("The document is DRAFT; this step needs it EFFECTIVE")
                .hasMessageContaining("Tài liệu đang ở trạng thái DRAFT; bước này cần trạng thái EFFECTIVE");
        assertThat(draft.property("qms:acknowledgementsRequestedOn")).isNull();
        assertThat(qms.engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void onlyTheRequesterMayWriteTheDocument() {
        StandInNode doc = issue("EFFECTIVE", List.of("GROUP_WARDQMS_UNIT_VHXH"));
        // A member of staff cannot send an issue round: the request itself is written on the document.
        assertThatThrownBy(() -> qms.start(PROCESS, "nam", doc, Map.of())).hasMessageContaining("Access Denied");
        assertThat(doc.property("qms:acknowledgementsRequestedOn")).isNull();
    }

    @Test
    void theConfirmationMustBeGivenAndIsPersonal() {
        StandInNode doc = issue("EFFECTIVE", List.of("GROUP_WARDQMS_UNIT_VHXH"));
        ProcessInstance p = requestReading(doc);
        Task hung = qms.task(p.getId(), "hung");
        assertThat(qms.engine.getTaskService().getVariableLocal(hung.getId(), "qmswf_acknowledgeOutcome"))
                .as("no silent default confirmation").isNull();
        assertThatThrownBy(() -> qms.complete(hung, null, null))
                .hasMessageContaining("Mandatory task properties have not been provided: [qmswf:acknowledgeOutcome]");
        assertThatThrownBy(() -> qms.complete(hung, "Skimmed", null)).hasMessageContaining("Outcome 'Skimmed' is not one of: Acknowledged");
        assertThatThrownBy(() -> qms.engine.getTaskService().setAssignee(hung.getId(), "lan"))
                .hasMessageContaining("An acknowledgement is personal: this task is hung's and cannot be given to lan")
                .hasMessageContaining("Xác nhận đã đọc là việc của từng người");
        assertThat(doc.property("qms:acknowledgedBy")).isNull();
        assertThat(qms.tasks(p.getId())).hasSize(2);
    }
}
