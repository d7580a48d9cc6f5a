package vn.wardqms.service.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.acs.StandInRepositoryTest;
import vn.wardqms.service.lifecycle.GroupMembers;
import vn.wardqms.service.lifecycle.SiteAreas;
import vn.wardqms.service.provisioning.ProvisioningService;
import vn.wardqms.service.provisioning.SiteLayout;

/**
 * A destruction is carried out only on the competent person's decision with its whole dossier (Luật Lưu trữ 2024,
 * TT 06/2025/TT-BNV); anything missing or wrong is named and nothing is done; a destruction later than 15 days after
 * the decision is carried out and says so.
 */
class DecisionDossierTest extends StandInRepositoryTest {
    @Autowired
    ProvisioningService provisioning;
    @Autowired
    DispositionRun run;
    @Autowired
    NodesApi nodes;
    @Autowired
    GroupMembers groups;
    @Autowired
    SiteAreas areas;
    @Autowired
    Clock clock;

    FakeAcs.Repository repo;
    String library;
    FakeAcs.FakeNode unit;
    FakeAcs.FakeNode decisions;
    FakeAcs.FakeNode register;
    FakeAcs.FakeNode file;

    @BeforeEach
    void provisioned() {
        provisioning.provision();
        repo = acs.repository();
        library = repo.containers.get("ward-qms");
        unit = repo.resolve(library, SiteLayout.RECORDS + "/Văn phòng HĐND và UBND");
        decisions = repo.resolve(library, SiteLayout.RECORDS + "/" + SiteLayout.APPRAISAL);
        register = repo.resolve(library, SiteLayout.SYSTEM + "/" + SiteLayout.AUDIT_REGISTER);
        repo.people.put("thu", "Phạm Thị Thu");
        repo.groupMembers.get(SiteLayout.SECRETARY).add("thu");
        file = repo.add(unit.id, "01-2014 Hồ sơ", "qms:recordFolder");
        file.properties.putAll(Map.of("qms:fileCode", "01-2014", "cm:title", "Hồ sơ tiếp công dân năm 2014", "qms:fileYear", "2014",
                "qms:fileState", "CLOSED", "qms:recordTypeCode", "KNTC.01", "qms:retentionYears", "10", "qms:retainUntil", "2024-12-31",
                "qms:dispositionAction", "DESTROY", "qms:dispositionStatus", "DUE"));
        repo.add(file.id, "Sổ tiếp công dân.pdf", "qms:record");
        acs.evaluateQueries();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A destruction decision of {@code decided}, signed by the chairperson, its dossier complete. */
    private FakeAcs.FakeNode decision(LocalDate decided) {
        FakeAcs.FakeNode d = repo.add(decisions.id, "Quyết định 15.pdf", "qms:dispositionDecision");
        d.createdBy = "thu";
        d.properties.putAll(Map.of("qms:decisionNumber", "15/QĐ-UBND", "qms:decisionDate", decided.toString(), "qms:decisionAction", "DESTROY",
                "qms:decisionState", "RECORDED"));
        d.properties.put("qms:councilMembers", new ArrayList<>(List.of("Nguyễn Hoạt — Chủ tịch Hội đồng", "Đỗ Thị Sương — Thư ký")));
        d.properties.put("qms:decisionFileCodes", new ArrayList<>(List.of("01-2014")));
        Dossiers.sign(d);
        return d;
    }

    private Map<String, FakeAcs.FakeNode> dossier(FakeAcs.FakeNode decision) {
        return Dossiers.complete(repo, library, "thu", decision, LocalDate.parse(decision.properties.get("qms:decisionDate").toString()));
    }

    /** Refused whole: the file is there, the decision RECORDED, nothing written anywhere. */
    private void refusedWithNothingDone(FakeAcs.FakeNode d, String... named) {
        int writes = acs.writes();
        assertThatThrownBy(() -> run.handle(d.id)).hasMessageContaining("decision 15/QĐ-UBND is not carried out, nothing was done: ")
                .hasMessageContainingAll(named);
        assertThat(repo.nodes).containsKey(file.id);
        assertThat(d.properties).containsEntry("qms:decisionState", "RECORDED");
        assertThat(d.targets.getOrDefault("qms:decisionCovers", List.of())).isEmpty();
        assertThat(repo.child(register.id, "QĐ 15-QĐ-UBND")).as("nothing in the register").isNull();
        assertThat(acs.writes()).isEqualTo(writes);
    }

    @Test
    void aCompleteDossierSignedByTheChairpersonIsCarriedOut() {
        FakeAcs.FakeNode d = decision(today().minusDays(3));
        dossier(d);
        assertThat(run.handle(d.id)).isTrue();
        assertThat(repo.nodes).doesNotContainKey(file.id);
        assertThat(d.properties).containsEntry("qms:decisionState", "COMPLETED");
        FakeAcs.FakeNode entries = repo.child(register.id, "QĐ 15-QĐ-UBND");
        String list = new String(repo.child(entries.id, "Danh mục tài liệu hết thời hạn lưu trữ, trùng lặp - QĐ 15-QĐ-UBND.html").content,
                StandardCharsets.UTF_8);
        assertThat(list).contains("DANH MỤC TÀI LIỆU HẾT THỜI HẠN LƯU TRỮ, TRÙNG LẶP", "01-2014", "Hồ sơ tiếp công dân năm 2014", "10 năm",
                "Hết thời hạn lưu trữ", "Tổng số: 1 hồ sơ, 1 văn bản");
        String minutes = new String(repo.child(entries.id, "Biên bản về việc hủy tài liệu - QĐ 15-QĐ-UBND.html").content, StandardCharsets.UTF_8);
        assertThat(minutes).contains("Về việc hủy tài liệu", "Chủ tịch Ủy ban nhân dân phường Bắc Cam Ranh", "Lê Văn Minh",
                "Đại diện cơ quan, đơn vị có tài liệu hủy", "Đại diện cơ quan, đơn vị hủy tài liệu", "ĐẠI DIỆN CƠ QUAN, ĐƠN VỊ CÓ TÀI LIỆU HỦY",
                "(Ký, ghi rõ họ tên, đóng dấu)", "02 bản", "01-2014", "Đã hủy").doesNotContain("Thực hiện chậm");
    }

    @Test
    void anIncompleteDossierIsRefusedNamingEveryPartMissing() {
        FakeAcs.FakeNode d = decision(today().minusDays(3));
        Map<String, FakeAcs.FakeNode> parts = dossier(d);
        Dossiers.unlink(d, parts.get("APPRAISAL_OPINION"));
        Dossiers.unlink(d, parts.get("EXPLANATORY_NOTE"));
        refusedWithNothingDone(d, "the dossier lacks the appraisal opinion of the competent archive body (văn bản thẩm định của cơ quan có thẩm quyền,"
                + " APPRAISAL_OPINION)", "the dossier lacks the explanatory note (bản thuyết minh tài liệu hết thời hạn lưu trữ, trùng lặp, EXPLANATORY_NOTE)");

        FakeAcs.FakeNode bare = decision(today().minusDays(3));
        refusedWithNothingDone(bare, "COUNCIL_FORMATION", "COUNCIL_MINUTES", "APPRAISAL_OPINION", "EXPLANATORY_NOTE");
    }

    @Test
    void anAppraisalOpinionWithoutItsNumberOrAgreementDoesNotCount() {
        FakeAcs.FakeNode d = decision(today().minusDays(3));
        FakeAcs.FakeNode appraisal = dossier(d).get("APPRAISAL_OPINION");
        appraisal.properties.remove("qms:dossierNumber");
        appraisal.properties.put("qms:dossierOutcome", "NOT_AGREED");
        refusedWithNothingDone(d, "('Văn bản thẩm định.pdf') has no qms:dossierNumber", "did not agree to the destruction (NOT_AGREED)");
    }

    @Test
    void aDecisionSignedByAnyoneButACompetentPersonIsRefused() {
        FakeAcs.FakeNode d = decision(today().minusDays(3));
        dossier(d);
        d.properties.put("qms:decisionSignerName", "Trần Văn Bình");
        d.properties.put("qms:decisionSignerTitle", "Chánh Văn phòng");
        refusedWithNothingDone(d, "the signer, Trần Văn Bình, Chánh Văn phòng of Ủy ban nhân dân phường Bắc Cam Ranh, is not a competent person"
                + " to decide (configured: Chủ tịch or Phó Chủ tịch of Ủy ban nhân dân phường Bắc Cam Ranh)");

        // The right title for another body is no better; nor is a decision with nobody's signature.
        d.properties.put("qms:decisionSignerTitle", "Chủ tịch");
        d.properties.put("qms:decisionAuthority", "Ủy ban nhân dân phường Cam Linh");
        refusedWithNothingDone(d, "Chủ tịch of Ủy ban nhân dân phường Cam Linh, is not a competent person");
        d.properties.remove("qms:decisionSignerName");
        d.properties.remove("qms:decisionSignerTitle");
        d.properties.remove("qms:decisionAuthority");
        refusedWithNothingDone(d, "the signer (qms:decisionSignerName) is missing", "the signer's title (qms:decisionSignerTitle) is missing",
                "the deciding authority (qms:decisionAuthority) is missing");

        // Spelled with other case, spacing or composed differently, the same person is recognised.
        d.properties.put("qms:decisionSignerName", "Lê Văn Minh");
        d.properties.put("qms:decisionSignerTitle", "phó  chủ tịch");
        d.properties.put("qms:decisionAuthority", java.text.Normalizer.normalize("ỦY BAN NHÂN DÂN PHƯỜNG BẮC CAM RANH", java.text.Normalizer.Form.NFD));
        assertThat(run.handle(d.id)).isTrue();
    }

    @Test
    void withNoCompetentPersonConfiguredNothingIsEverDestroyed() {
        FakeAcs.FakeNode d = decision(today().minusDays(3));
        dossier(d);
        DecisionDossier unconfigured = new DecisionDossier(nodes, groups, areas::dossiers, List.of(), clock);
        assertThat(unconfigured.problems(nodes.getNode(d.id, List.of("properties"), null, null).getBody().getEntry(), "DESTROY"))
                .containsExactly("no competent person is configured for the ward (ward-qms.retention.competent-persons): the records officer"
                        + " names who decides before any decision is carried out");
    }

    @Test
    void theMinutesMustRecordTheCouncilAgreeingAfterItWasFormedAndBeforeTheDecision() {
        FakeAcs.FakeNode d = decision(today().minusDays(3));
        FakeAcs.FakeNode minutes = dossier(d).get("COUNCIL_MINUTES");
        minutes.properties.put("qms:dossierOutcome", "NOT_AGREED");
        refusedWithNothingDone(d, "the minutes of the council's meeting (biên bản họp Hội đồng xét hủy tài liệu lưu trữ, COUNCIL_MINUTES)"
                + " ('Biên bản họp Hội đồng.pdf') did not agree to the destruction (NOT_AGREED)");

        minutes.properties.put("qms:dossierOutcome", "AGREED");
        minutes.properties.put("qms:dossierDate", today().minusDays(30).toString());
        refusedWithNothingDone(d, "are dated " + today().minusDays(30) + ", before the council was formed on " + today().minusDays(23));

        minutes.properties.put("qms:dossierDate", today().minusDays(1).toString());
        refusedWithNothingDone(d, "COUNCIL_MINUTES) is dated " + today().minusDays(1) + ", after the decision of " + today().minusDays(3));

        minutes.properties.put("qms:dossierDate", today().minusDays(13).toString());
        minutes.properties.put("qms:dossierAttendees", new ArrayList<>(List.of("Nguyễn Hoạt", "Trần Văn Bình")));
        refusedWithNothingDone(d, "name Trần Văn Bình as present, who is not a member of the council (qms:councilMembers)");

        minutes.properties.put("qms:dossierAttendees", new ArrayList<>(List.of()));
        refusedWithNothingDone(d, "name no member present (qms:dossierAttendees)");

        minutes.properties.put("qms:dossierAttendees", new ArrayList<>(List.of("Nguyễn Hoạt", "Đỗ Thị Sương — Thư ký")));
        assertThat(run.handle(d.id)).as("members named as the decision names them, or by name alone").isTrue();
    }

    @Test
    void aDestructionLaterThanFifteenDaysAfterTheDecisionIsCarriedOutAndSaysSo() {
        LocalDate decided = today().minusDays(40);
        FakeAcs.FakeNode d = decision(decided);
        dossier(d);
        assertThat(run.handle(d.id)).isTrue();
        assertThat(repo.nodes).doesNotContainKey(file.id);
        FakeAcs.FakeNode entries = repo.child(register.id, "QĐ 15-QĐ-UBND");
        FakeAcs.FakeNode tombstone = repo.nodes.values().stream().filter(n -> entries.id.equals(n.parentId)
                && "DESTROYED".equals(n.properties.get("qms:auditEvent"))).findFirst().orElseThrow();
        assertThat(tombstone.properties.get("qms:auditDetail").toString()).contains("late: past the 15 days after the decision, due by "
                + decided.plusDays(15));
        String minutes = new String(repo.child(entries.id, "Biên bản về việc hủy tài liệu - QĐ 15-QĐ-UBND.html").content, StandardCharsets.UTF_8);
        String due = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(decided.plusDays(15));
        assertThat(minutes).contains("Thực hiện chậm", "chậm nhất ngày " + due, "chậm 25 ngày", "25 day(s) late");
    }

    @Test
    void aDecisionRefusedPastItsFifteenDaysSaysTheyHaveEnded() {
        FakeAcs.FakeNode d = decision(today().minusDays(20));
        refusedWithNothingDone(d, "and the 15 days to destroy the files ended on " + today().minusDays(5));
    }

    @Test
    void aDecisionWrittenStraightIntoExecutingWithoutItsDossierDestroysNothing() {
        FakeAcs.FakeNode d = decision(today().minusDays(3));
        d.properties.put("qms:decisionState", "EXECUTING"); // as an administrator could write it
        assertThatThrownBy(() -> run.handle(d.id)).hasMessageContaining("decision 15/QĐ-UBND is not carried on")
                .hasMessageContaining("the dossier lacks the decision forming the records destruction council");
        assertThat(repo.nodes).containsKey(file.id);
        assertThat(repo.child(register.id, "QĐ 15-QĐ-UBND")).isNull();
    }

    @Test
    void aDecisionDatedInTheFutureIsRefused() {
        FakeAcs.FakeNode d = decision(today().plusDays(2));
        dossier(d);
        refusedWithNothingDone(d, "the decision is dated " + today().plusDays(2) + ", after today");
    }

    // ---- As an attacker would try it -------------------------------------------------------------------------

    private HttpResponse<String> call(String user, String method, String path, String json) throws Exception {
        return vn.wardqms.service.acs.SignedIn.call(acs, user, method, path, json);
    }

    @Test
    void aUnitCollaboratorCannotSlipAForgedAppraisalOpinionIntoTheDossier() throws Exception {
        repo.people.put("lan", "Trần Thị Lan");
        unit.locallySet.put("lan", "Collaborator");
        FakeAcs.FakeNode d = decision(today().minusDays(3));
        Map<String, FakeAcs.FakeNode> parts = dossier(d);
        Dossiers.unlink(d, parts.get("APPRAISAL_OPINION"));
        FakeAcs.FakeNode dossiers = repo.resolve(library, SiteLayout.RECORDS + "/" + SiteLayout.DOSSIERS);
        String forged = "{\"name\":\"Thẩm định.pdf\",\"nodeType\":\"qms:dossierDocument\",\"properties\":{\"qms:dossierPart\":\"APPRAISAL_OPINION\","
                + "\"qms:dossierNumber\":\"99/SNV\",\"qms:dossierDate\":\"" + today().minusDays(4) + "\",\"qms:dossierIssuer\":\"Sở Nội vụ\","
                + "\"qms:dossierOutcome\":\"AGREED\"}}";

        HttpResponse<String> intoDossiers = call("lan", "POST", "/nodes/" + dossiers.id + "/children", forged);
        assertThat(intoDossiers.statusCode()).as("she has no access to the dossiers").isEqualTo(403);
        HttpResponse<String> intoHerUnit = call("lan", "POST", "/nodes/" + unit.id + "/children", forged);
        assertThat(intoHerUnit.statusCode()).as("her own unit's folder is hers to write").isEqualTo(201);
        String forgedId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(intoHerUnit.body()).path("entry").path("id").asText();
        HttpResponse<String> link = call("lan", "POST", "/nodes/" + d.id + "/targets",
                "{\"targetId\":\"" + forgedId + "\",\"assocType\":\"qms:decisionDossier\"}");
        assertThat(link.statusCode()).as("nor may she touch the decision").isIn(403, 404);

        // Even linked by mistake, a document outside the dossiers folder is not part of the dossier.
        Dossiers.link(d, repo.nodes.get(forgedId));
        refusedWithNothingDone(d, "dossier document 'Thẩm định.pdf' is not in 'Hồ sơ/Hồ sơ xét hủy tài liệu'", "the dossier lacks the appraisal opinion");
    }

    @Test
    void onceCarriedOutTheDossierCannotBeRewrittenEvenByTheSecretary() throws Exception {
        FakeAcs.FakeNode d = decision(today().minusDays(3));
        Map<String, FakeAcs.FakeNode> parts = dossier(d);
        assertThat(run.handle(d.id)).isTrue();
        FakeAcs.FakeNode minutes = parts.get("COUNCIL_MINUTES");
        FakeAcs.FakeNode dossiers = repo.resolve(library, SiteLayout.RECORDS + "/" + SiteLayout.DOSSIERS);
        dossiers.locallySet.put("thu", "Coordinator");
        decisions.locallySet.put("thu", "Coordinator");

        HttpResponse<String> outcome = call("thu", "PUT", "/nodes/" + minutes.id, "{\"properties\":{\"qms:dossierOutcome\":\"NOT_AGREED\"}}");
        assertThat(outcome.statusCode()).isEqualTo(500);
        assertThat(outcome.body()).contains("You may not change a document of the destruction dossier of Quyết định 15.pdf (qms:dossierOutcome)");
        HttpResponse<String> delete = call("thu", "DELETE", "/nodes/" + minutes.id, "");
        assertThat(delete.statusCode()).isEqualTo(500);
        // Unlinking is refused by the platform's guard too (DossierIntegrityTest); the service never unlinks.
        HttpResponse<String> link = call("thu", "POST", "/nodes/" + d.id + "/targets",
                "{\"targetId\":\"" + parts.get("APPRAISAL_OPINION").id + "\",\"assocType\":\"qms:decisionDossier\"}");
        assertThat(link.statusCode()).isEqualTo(500);
        assertThat(link.body()).contains("You may not change the destruction dossier of a decision being or having been carried out");

        assertThat(minutes.properties).containsEntry("qms:dossierOutcome", "AGREED");
        assertThat(repo.nodes).containsKey(minutes.id);
        assertThat(d.targets.get("qms:decisionDossier")).containsExactlyElementsOf(parts.values().stream().map(n -> n.id).toList());
    }
}
