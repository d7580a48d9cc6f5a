package vn.wardqms.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * The attacks of the review, made as the attackers would: signed in as themselves, through the REST API they really
 * have (the stand-in answers as the repository would, its permissions and the platform module's guards). Each is
 * refused, nothing changes, and the QMS service's sweep afterwards finds nothing to act on.
 * suong drafted (and owns) a draft; lan is a Collaborator of her unit's records; thu is the quality secretary.
 */
class AttacksThroughTheRestApiTest extends StandInRepositoryTest {
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    ReconciliationSweep sweep;

    FakeAcs.Repository repo;
    FakeAcs.FakeNode draft;
    FakeAcs.FakeNode inForce;
    FakeAcs.FakeNode closedFile;
    FakeAcs.FakeNode appraisal;

    @BeforeEach
    void site() {
        provisioning.provision();
        repo = acs.repository();
        String library = repo.containers.get("ward-qms");
        draft = repo.add(repo.resolve(library, SiteLayout.DRAFTS).id, "Quy trình tiếp công dân.docx", "qms:controlledDocument");
        draft.createdBy = "suong";
        draft.properties.putAll(Map.of("qms:documentKind", "PROCEDURE", "qms:lifecycleState", "DRAFT"));
        inForce = repo.add(repo.resolve(library, SiteLayout.INTERNAL + "/Quy trình").id, "QT-01.docx", "qms:controlledDocument");
        inForce.properties.putAll(Map.of("qms:documentKind", "PROCEDURE", "qms:lifecycleState", "EFFECTIVE", "qms:documentCode", "QT-01",
                "qms:issueNumber", "1", "qms:issueDate", "2025-01-10", "qms:effectiveDate", "2025-01-17"));
        FakeAcs.FakeNode unit = repo.resolve(library, SiteLayout.RECORDS + "/Văn phòng HĐND và UBND");
        unit.locallySet.put("lan", "Collaborator");
        closedFile = repo.add(unit.id, "HS-2014-01", "qms:recordFolder");
        closedFile.properties.putAll(Map.of("qms:fileCode", "HS-2014-01", "qms:fileState", "CLOSED", "qms:dispositionAction", "DESTROY",
                "qms:dispositionStatus", "ACTIVE", "qms:retainUntil", "2030-12-31", "qms:retentionYears", "10"));
        appraisal = repo.resolve(library, SiteLayout.RECORDS + "/" + SiteLayout.APPRAISAL);
        appraisal.locallySet.put("thu", "Coordinator");
    }

    private HttpResponse<String> call(String user, String method, String path, String json) throws Exception {
        return vn.wardqms.service.acs.SignedIn.call(acs, user, method, path, json);
    }

    @Test
    void theDrafterCannotApproveHerOwnDraftNorPointItAtAnIssueInForce() throws Exception {
        HttpResponse<String> approve = call("suong", "PUT", "/nodes/" + draft.id,
                "{\"properties\":{\"qms:lifecycleState\":\"APPROVED\",\"qms:approvedOn\":\"2026-11-20T03:00:00.000+0000\"}}");
        assertThat(approve.statusCode()).isEqualTo(500);
        assertThat(approve.body()).contains("You may not change the lifecycle, issue or approval record (qms:approvedOn, qms:lifecycleState)"
                + " of 'Quy trình tiếp công dân.docx': only the QMS processes and the QMS service do (suong)");
        HttpResponse<String> amends = call("suong", "POST", "/nodes/" + draft.id + "/targets",
                "{\"targetId\":\"" + inForce.id + "\",\"assocType\":\"qms:amends\"}");
        assertThat(amends.statusCode()).isEqualTo(500);
        assertThat(amends.body()).contains("You may not change the amendment link (qms:amends)");

        assertThat(draft.properties).containsEntry("qms:lifecycleState", "DRAFT").doesNotContainKey("qms:approvedOn");
        assertThat(draft.targets.getOrDefault("qms:amends", List.of())).isEmpty();
        sweep.sweep();
        assertThat(draft.properties).doesNotContainKey("qms:issueDate");
        assertThat(inForce.properties).containsEntry("qms:lifecycleState", "EFFECTIVE");

        HttpResponse<String> title = call("suong", "PUT", "/nodes/" + draft.id, "{\"properties\":{\"cm:title\":\"Quy trình tiếp công dân (dự thảo 2)\"}}");
        assertThat(title.statusCode()).as("her own draft is still hers to edit").isEqualTo(200);
    }

    @Test
    void aUnitCollaboratorCannotMarkAClosedFileApprovedForDestruction() throws Exception {
        HttpResponse<String> status = call("lan", "PUT", "/nodes/" + closedFile.id, "{\"properties\":{\"qms:dispositionStatus\":\"COUNCIL_APPROVED\"}}");
        assertThat(status.statusCode()).isEqualTo(500);
        assertThat(status.body()).contains("You may not change the retention or disposition (qms:dispositionStatus) of 'HS-2014-01'");
        HttpResponse<String> stranger = call("binh", "PUT", "/nodes/" + closedFile.id, "{\"properties\":{\"cm:title\":\"x\"}}");
        assertThat(stranger.statusCode()).as("no permission at all").isEqualTo(403);
        assertThat(closedFile.properties).containsEntry("qms:dispositionStatus", "ACTIVE").doesNotContainKey("cm:title");
    }

    @Test
    void theSecretaryCannotRecordADecisionAlreadyBeingCarriedOut() throws Exception {
        HttpResponse<String> created = call("thu", "POST", "/nodes/" + appraisal.id + "/children",
                "{\"name\":\"Quyết định 12.pdf\",\"nodeType\":\"qms:dispositionDecision\",\"properties\":{\"qms:decisionNumber\":\"12/QĐ\","
                        + "\"qms:decisionAction\":\"DESTROY\",\"qms:decisionState\":\"EXECUTING\",\"qms:decisionFileCodes\":[\"HS-2014-01\"]}}");
        assertThat(created.statusCode()).isEqualTo(500);
        assertThat(created.body()).contains("You may not change the disposition decision (qms:decisionState) of 'Quyết định 12.pdf'");
        assertThat(repo.child(appraisal.id, "Quyết định 12.pdf")).isNull();

        HttpResponse<String> recorded = call("thu", "POST", "/nodes/" + appraisal.id + "/children",
                "{\"name\":\"Quyết định 12.pdf\",\"nodeType\":\"qms:dispositionDecision\",\"properties\":{\"qms:decisionNumber\":\"12/QĐ\","
                        + "\"qms:decisionAction\":\"DESTROY\",\"qms:decisionFileCodes\":[\"HS-2014-01\"]}}");
        assertThat(recorded.statusCode()).as("recorded, as it should be").isEqualTo(201);
        FakeAcs.FakeNode decision = repo.child(appraisal.id, "Quyết định 12.pdf");
        HttpResponse<String> covers = call("thu", "POST", "/nodes/" + decision.id + "/targets",
                "{\"targetId\":\"" + closedFile.id + "\",\"assocType\":\"qms:decisionCovers\"}");
        assertThat(covers.statusCode()).isEqualTo(500);
        assertThat(decision.targets.getOrDefault("qms:decisionCovers", new ArrayList<>())).isEmpty();
        assertThat(repo.nodes).containsKey(closedFile.id);
    }
}
