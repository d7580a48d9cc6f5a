package vn.wardqms.service.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.alfresco.core.handler.NodesApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.acs.StandInRepositoryTest;
import vn.wardqms.service.config.ClockConfiguration;
import vn.wardqms.service.provisioning.ProvisioningService;
import vn.wardqms.service.provisioning.SiteLayout;
import vn.wardqms.service.reconciliation.ReconciliationSweep;

/** From APPROVED to EFFECTIVE on the stand-in repository whose every interaction is checked against the API. */
@TestPropertySource(properties = {"ward-qms.lifecycle.lead-days=7"})
class LifecycleTest extends StandInRepositoryTest {

    @Autowired
    ProvisioningService provisioning;
    @Autowired
    PublicationHandler publication;
    @Autowired
    ReconciliationSweep sweep;
    @Autowired
    NodesApi nodes;

    FakeAcs.FakeNode draft;

    @BeforeEach
    void approvedDraft() {
        provisioning.provision();
        FakeAcs.Repository repo = acs.repository();
        FakeAcs.FakeNode drafts = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.DRAFTS);
        draft = repo.add(drafts.id, "Quy trình kiểm soát tài liệu.docx", "qms:controlledDocument");
        draft.properties.put("qms:documentKind", "PROCEDURE");
        draft.properties.put("qms:lifecycleState", "APPROVED");
        repo.approval(draft, "2026-11-20T03:00:00.000+0000");
        withContent(draft, "Quy trình kiểm soát tài liệu — lần ban hành mới");
    }

    static void withContent(FakeAcs.FakeNode node, String text) {
        node.content = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        node.mimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Test
    void approvalIsPublishedOnceWithCodeIssueAndDates() {
        assertThat(publication.handle(draft.id)).isTrue();
        assertThat(draft.properties).containsEntry("qms:documentCode", "QT-01").containsEntry("qms:issueNumber", "1")
                .containsEntry("qms:revision", "0").containsEntry("qms:issueDate", "2026-11-20")
                .containsEntry("qms:effectiveDate", "2026-11-27").containsEntry("qms:lifecycleState", "APPROVED");
        int writes = acs.writes();
        assertThat(publication.handle(draft.id)).as("the same work again").isFalse();
        assertThat(acs.writes()).isEqualTo(writes);
    }

    @Test
    void theApprovedTextIsFrozenAtPublicationTheDrafterKeepsReadingIt() {
        // As the repository left the approved draft: private, its drafter its owner, reviewer and approver reading it.
        draft.properties.put("qms:drafter", "suong");
        draft.properties.put("cm:owner", "suong");
        draft.inherit = false;
        draft.locallySet.putAll(java.util.Map.of(SiteLayout.SECRETARY, "Coordinator", "hung", "Consumer", "hoat", "Consumer"));
        assertThat(publication.handle(draft.id)).isTrue();
        assertThat(draft.properties).as("no longer the drafter's to change (ROLE_OWNER)").containsEntry("cm:owner", "ward-qms-service")
                .containsEntry("qms:issueDate", "2026-11-20");
        assertThat(draft.inherit).as("still private until in force").isFalse();
        assertThat(draft.locallySet).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(SiteLayout.SECRETARY, "Coordinator",
                "hung", "Consumer", "hoat", "Consumer", "suong", "Consumer"));
    }

    @Test
    void aCodeGivenBeforehandIsClaimedSoNoOtherDocumentGetsItAndNumberingGoesOnAfterIt() {
        FakeAcs.Repository repo = acs.repository();
        FakeAcs.FakeNode claims = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.SYSTEM + "/" + SiteLayout.CODE_CLAIMS);
        draft.properties.put("qms:documentCode", "QT-07"); // typed by the secretary, or filled from the cover page
        assertThat(publication.handle(draft.id)).isTrue();
        assertThat(repo.child(claims.id, "QT-07").properties).containsEntry("cm:title", draft.id);

        // A copy of its cover started another procedure: same code, not an amendment of it.
        FakeAcs.FakeNode copy = repo.add(draft.parentId, "Quy trình mới.docx", "qms:controlledDocument");
        copy.properties.putAll(java.util.Map.of("qms:documentKind", "PROCEDURE", "qms:lifecycleState", "APPROVED",
                "qms:approvedOn", "2026-11-21T03:00:00.000+0000", "qms:documentCode", "QT-07"));
        acs.repository().approval(copy, "2026-11-21T03:00:00.000+0000");
        assertThatThrownBy(() -> publication.handle(copy.id)).hasMessageContaining("code QT-07 is already the code of document " + draft.id)
                .hasMessageContaining("nothing was published");
        assertThat(copy.properties).doesNotContainKeys("qms:issueDate", "qms:issueNumber");

        // Cleared, it gets the next number after the one claimed by hand.
        copy.properties.remove("qms:documentCode");
        assertThat(publication.handle(copy.id)).isTrue();
        assertThat(copy.properties).containsEntry("qms:documentCode", "QT-08");

        // A form's code with a slash is claimed too (a name may not hold '/').
        FakeAcs.FakeNode form = repo.add(draft.parentId, "Biểu mẫu.docx", "qms:controlledDocument");
        form.properties.putAll(java.util.Map.of("qms:documentKind", "FORM", "qms:lifecycleState", "APPROVED",
                "qms:approvedOn", "2026-11-21T03:00:00.000+0000", "qms:documentCode", "BM-02/QT-07"));
        acs.repository().approval(form, "2026-11-21T03:00:00.000+0000");
        assertThat(publication.handle(form.id)).isTrue();
        assertThat(repo.child(claims.id, "BM-02%2FQT-07")).isNotNull();
        assertThat(publication.handle(form.id)).as("published once").isFalse();
    }

    @Test
    void aRepositoryFailureMidPublicationLeavesNothingHalfDoneAndARetryFinishes() {
        FakeAcs.Repository repo = acs.repository();
        // First attempt: the claim is made, then the repository fails on the update.
        failOnUpdateOf(draft);
        assertThatThrownBy(() -> publication.handle(draft.id)).hasMessageContaining("500");
        assertThat(draft.properties).doesNotContainKeys("qms:issueDate", "qms:documentCode", "qms:effectiveDate");
        assertThat(draft.properties).containsEntry("qms:lifecycleState", "APPROVED");

        // The retry (an event again, or the sweep) finishes with the code it had claimed.
        assertThat(publication.handle(draft.id)).isTrue();
        assertThat(draft.properties).containsEntry("qms:documentCode", "QT-01").containsEntry("qms:issueDate", "2026-11-20");
        FakeAcs.FakeNode claims = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.SYSTEM + "/" + SiteLayout.CODE_CLAIMS);
        assertThat(repo.nodes.values().stream().filter(n -> claims.id.equals(n.parentId)).map(n -> n.name)).containsExactly("QT-01");
    }

    @Test
    void lostEventsAreMadeUpByTheSweep() {
        acs.repository().search = query -> query.equals(PublicationHandler.QUERY)
                ? acs.repository().nodes.values().stream().filter(n -> "APPROVED".equals(n.properties.get("qms:lifecycleState"))
                        && !n.properties.containsKey("qms:issueDate")).toList()
                : List.of();
        ReconciliationSweep.Result result = sweep.sweep();
        assertThat(result.actions()).isEqualTo(1);
        assertThat(draft.properties).containsEntry("qms:documentCode", "QT-01");
        assertThat(sweep.sweep().actions()).as("a second sweep finds nothing left to do").isZero();
    }

    @Test
    void theIssueComesIntoForceOnItsEffectiveDate() {
        publication.handle(draft.id);
        EffectiveDateHandler dayBefore = new EffectiveDateHandler(nodes, at("2026-11-26T10:00:00Z"), kind -> 12);
        assertThat(dayBefore.handle(draft.id)).isFalse();
        assertThat(draft.properties).containsEntry("qms:lifecycleState", "APPROVED");

        EffectiveDateHandler onTheDay = new EffectiveDateHandler(nodes, at("2026-11-27T01:00:00Z"), kind -> 12);
        assertThat(onTheDay.handle(draft.id)).isTrue();
        assertThat(draft.properties).containsEntry("qms:lifecycleState", "EFFECTIVE").containsEntry("qms:nextReviewDue", "2027-11-27");
        assertThat(onTheDay.handle(draft.id)).isFalse();
    }

    @Test
    void theNextReviewFollowsTheKindsPeriodUnlessTheDocumentHasItsOwn() {
        publication.handle(draft.id);
        java.util.function.ToIntFunction<String> periods = kind -> kind.equals("PROCEDURE") ? 36 : 12;
        assertThat(new EffectiveDateHandler(nodes, at("2026-11-27T01:00:00Z"), periods).handle(draft.id)).isTrue();
        assertThat(draft.properties).as("the kind's period, written on the document for the review process to count alike")
                .containsEntry("qms:nextReviewDue", "2029-11-27").containsEntry("qms:reviewPeriodMonths", "36");

        FakeAcs.FakeNode own = acs.repository().add(draft.parentId, "Hướng dẫn.docx", "qms:controlledDocument");
        own.properties.putAll(java.util.Map.of("qms:documentKind", "PROCEDURE", "qms:lifecycleState", "APPROVED",
                "qms:approvedOn", "2026-11-20T03:00:00.000+0000", "qms:reviewPeriodMonths", "6"));
        acs.repository().approval(own, "2026-11-20T03:00:00.000+0000");
        withContent(own, "Hướng dẫn — xem xét sáu tháng một lần");
        publication.handle(own.id);
        assertThat(new EffectiveDateHandler(nodes, at("2026-11-27T01:00:00Z"), periods).handle(own.id)).isTrue();
        assertThat(own.properties).containsEntry("qms:nextReviewDue", "2027-05-27").containsEntry("qms:reviewPeriodMonths", "6");
    }

    @Autowired
    SupersessionHandler supersession;
    @Autowired
    ObsoleteAreaHandler obsoleteArea;
    @Autowired
    PlacementHandler placement;

    @Test
    void anAmendmentReplacesTheIssueInForceWhichIsKeptApartAsObsolete() {
        FakeAcs.Repository repo = acs.repository();
        String library = repo.containers.get("ward-qms");
        FakeAcs.FakeNode procedures = repo.resolve(library, SiteLayout.INTERNAL + "/Quy trình");
        FakeAcs.FakeNode apart = repo.resolve(library, SiteLayout.OBSOLETE);
        FakeAcs.FakeNode inForce = repo.add(procedures.id, "QT-01 Kiểm soát tài liệu.docx", "qms:controlledDocument");
        inForce.properties.putAll(java.util.Map.of("qms:documentKind", "PROCEDURE", "qms:lifecycleState", "EFFECTIVE",
                "qms:documentCode", "QT-01", "qms:issueNumber", "1", "qms:issueDate", "2025-01-10", "qms:effectiveDate", "2025-01-17"));
        withContent(inForce, "Quy trình kiểm soát tài liệu — lần ban hành 1");
        // The amendment (a copy made by the periodic review) was approved.
        draft.properties.put("qms:documentCode", "QT-01");
        draft.properties.put("qms:issueNumber", "1");
        draft.targets.put("qms:amends", new java.util.ArrayList<>(List.of(inForce.id)));

        assertThat(publication.handle(draft.id)).isTrue();
        assertThat(draft.properties).containsEntry("qms:documentCode", "QT-01").containsEntry("qms:issueNumber", "2");
        assertThat(new EffectiveDateHandler(nodes, at("2026-11-27T02:00:00Z"), kind -> 12).handle(draft.id)).isTrue();
        // While the amendment was pending, the issue in force stayed as it was.
        assertThat(inForce.properties).containsEntry("qms:lifecycleState", "EFFECTIVE");

        assertThat(supersession.handle(draft.id)).isTrue();
        assertThat(inForce.properties).containsEntry("qms:lifecycleState", "OBSOLETE").containsKey("qms:withdrawnOn")
                .containsEntry("qms:withdrawnBy", "ward-qms-service")
                .containsEntry("qms:withdrawalReason", "Được thay thế bởi QT-01 lần ban hành 2 — superseded by QT-01 issue 2");
        assertThat(inForce.aspects).contains("qms:obsolete");
        assertThat(inForce.targets.get("qms:supersededBy")).containsExactly(draft.id);
        assertThat(obsoleteArea.handle(inForce.id)).isTrue();
        assertThat(inForce.parentId).isEqualTo(apart.id);
        FakeAcs.FakeNode stamped = repo.nodes.get(inForce.targets.get("qms:issuedCopy").get(0));
        assertThat(stamped.name).isEqualTo("QT-01 - Lần ban hành 01.pdf");
        assertThat(stamped.parentId).as("the stamped copy is kept with the obsolete issue").isEqualTo(apart.id);
        assertThat(stamped.properties).containsEntry("qms:obsoleteStamped", "true");
        assertThat(placement.handle(draft.id)).isTrue();
        assertThat(draft.parentId).as("the new issue is read from the procedures area").isEqualTo(procedures.id);

        // All of it again, as a duplicated event or a sweep would: nothing more to do.
        int writes = acs.writes();
        assertThat(List.of(publication.handle(draft.id), supersession.handle(draft.id), obsoleteArea.handle(inForce.id),
                placement.handle(draft.id))).containsOnly(false);
        assertThat(acs.writes()).isEqualTo(writes);
    }

    @Test
    void aDocumentWithdrawnWithoutSuccessorIsKeptApartToo() {
        FakeAcs.Repository repo = acs.repository();
        FakeAcs.FakeNode procedures = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.INTERNAL + "/Quy trình");
        FakeAcs.FakeNode withdrawn = repo.add(procedures.id, "QT-09.docx", "qms:controlledDocument");
        withdrawn.properties.putAll(java.util.Map.of("qms:documentKind", "PROCEDURE", "qms:lifecycleState", "OBSOLETE",
                "qms:withdrawalReason", "Thủ tục đã bị bãi bỏ"));
        withContent(withdrawn, "Quy trình đã bãi bỏ");
        assertThat(obsoleteArea.handle(withdrawn.id)).isTrue();
        assertThat(obsoleteArea.handle(withdrawn.id)).as("done: moved and stamped").isFalse();
        assertThat(withdrawn.parentId).isEqualTo(repo.resolve(repo.containers.get("ward-qms"), SiteLayout.OBSOLETE).id);
    }

    @Autowired
    WorkflowApi workflow;
    @Autowired
    LifecycleProperties settings;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Test
    void periodicReviewStartsForTheOwnerAheadOfTheDueDateOnlyOnce() {
        Clock today = at("2026-11-25T03:00:00Z");
        ReviewScheduler scheduler = new ReviewScheduler(nodes, workflow, settings, today, metrics);
        FakeAcs.FakeNode soon = effective("QT-02", "2026-12-15", "hung");     // due in 20 days: within the 30-day notice
        FakeAcs.FakeNode later = effective("QT-03", "2027-03-01", "hung");    // not yet
        FakeAcs.FakeNode ownerless = effective("QT-04", "2026-12-01", null);  // nobody to review it
        FakeAcs.FakeNode overdue = effective("QT-05", "2026-11-01", "lan");   // past due

        assertThat(scheduler.handle(soon.id)).isTrue();
        assertThat(scheduler.handle(soon.id)).as("a review is already running for it").isFalse();
        assertThat(scheduler.handle(later.id)).isFalse();
        assertThat(scheduler.handle(ownerless.id)).isFalse();
        double overdueBefore = metrics.counter("ward_qms.reviews.overdue").count();
        assertThat(scheduler.handle(overdue.id)).isTrue();
        assertThat(metrics.counter("ward_qms.reviews.overdue").count()).isEqualTo(overdueBefore + 1);

        assertThat(acs.repository().startedProcesses()).hasSize(2);
        com.fasterxml.jackson.databind.JsonNode started = acs.repository().startedProcesses().get(0).get("request");
        assertThat(started.get("processDefinitionKey").asText()).isEqualTo("qmsPeriodicReview");
        assertThat(started.get("businessKey").asText()).isEqualTo(soon.id);
        assertThat(started.get("items").toString()).isEqualTo("[\"" + soon.id + "\"]");
        assertThat(started.get("variables").get("qmswf_reviewOwner").asText()).isEqualTo("hung");
        assertThat(started.get("variables").get("bpm_workflowDueDate").asText()).isEqualTo("2026-12-15");
    }

    @Test
    void noPeriodicReviewStartsForAnIssueWhoseAmendmentIsAlreadyUnderWay() {
        Clock today = at("2026-11-25T03:00:00Z");
        ReviewScheduler scheduler = new ReviewScheduler(nodes, workflow, settings, today, metrics);
        FakeAcs.FakeNode due = effective("QT-02", "2026-12-15", "hung");
        // Its amendment was approved (by the review that ended, or drafted by hand) and waits for its effective date.
        draft.targets.put("qms:amends", new java.util.ArrayList<>(List.of(due.id)));
        assertThat(scheduler.handle(due.id)).isFalse();
        assertThat(acs.repository().startedProcesses()).isEmpty();

        draft.properties.put("qms:lifecycleState", "OBSOLETE"); // the amendment was withdrawn instead
        assertThat(scheduler.handle(due.id)).isTrue();
        assertThat(acs.repository().startedProcesses()).hasSize(1);
    }

    @Test
    void aChangeInTheLawAsksForAReviewWithinThreeMonthsOncePerChange() {
        Clock today = at("2026-11-25T03:00:00Z");
        LegalChangeHandler handler = new LegalChangeHandler(nodes, workflow, today);
        FakeAcs.FakeNode law = acs.repository().add(draft.parentId, "Luật Lưu trữ 2024.pdf", "qms:externalDocument");
        law.properties.putAll(java.util.Map.of("qms:documentKind", "EXTERNAL", "qms:lifecycleState", "EFFECTIVE",
                "qms:legalNumber", "33/2024/QH15", "cm:versionLabel", "1.0"));
        law.modifiedAt = Instant.parse("2026-11-20T02:00:00Z");
        FakeAcs.FakeNode procedure = effective("QT-06", "2027-06-01", "hung");
        procedure.properties.put("qms:issueDate", "2026-03-01");
        procedure.targets.put("qms:basedOn", new java.util.ArrayList<>(List.of(law.id)));
        FakeAcs.FakeNode issuedAfter = effective("QT-07", "2027-06-01", "lan");
        issuedAfter.properties.put("qms:issueDate", "2026-11-24");
        issuedAfter.targets.put("qms:basedOn", new java.util.ArrayList<>(List.of(law.id)));

        assertThat(handler.handle(law.id)).as("version 1.0: nothing changed yet").isFalse();

        law.properties.put("cm:versionLabel", "2.0");   // the law was amended
        assertThat(handler.handle(law.id)).isTrue();
        assertThat(acs.repository().startedProcesses()).singleElement().satisfies(p -> {
            assertThat(p.get("businessKey").asText()).isEqualTo("legal:" + procedure.id + ":" + law.id + ":2.0");
            assertThat(p.get("request").get("variables").get("bpm_workflowDueDate").asText()).isEqualTo("2027-02-25");
            assertThat(p.get("request").get("variables").get("qmswf_reviewOwner").asText()).isEqualTo("hung");
            assertThat(p.get("request").get("variables").get("bpm_workflowDescription").asText()).contains("33/2024/QH15", "QT-06");
        });
        acs.repository().startedProcesses().get(0).put("endedAt", "2026-12-10T00:00:00Z");   // reviewed and finished
        assertThat(handler.handle(law.id)).as("the same change is not reviewed twice").isFalse();

        law.properties.put("qms:lifecycleState", "OBSOLETE");   // then the law was repealed
        assertThat(handler.handle(law.id)).isTrue();
        assertThat(acs.repository().startedProcesses()).hasSize(2);
    }

    private FakeAcs.FakeNode effective(String code, String nextReviewDue, String drafter) {
        FakeAcs.FakeNode doc = acs.repository().add(draft.parentId, code + ".docx", "qms:controlledDocument");
        doc.properties.putAll(java.util.Map.of("qms:documentKind", "PROCEDURE", "qms:lifecycleState", "EFFECTIVE",
                "qms:documentCode", code, "qms:nextReviewDue", nextReviewDue));
        if (drafter != null) {
            doc.properties.put("qms:drafter", drafter);
        }
        return doc;
    }

    @Autowired
    AcknowledgementHandler acknowledgement;

    @Test
    void anIssueInForceAsksItsDistributionToReadItOnceEvenBeforeTheRequestIsStamped() {
        FakeAcs.FakeNode doc = effective("QT-04", "2027-11-27", "suong");
        assertThat(acknowledgement.handle(doc.id)).as("no distribution groups: nobody to ask").isFalse();
        doc.properties.put("qms:distributionGroups", new java.util.ArrayList<>(List.of("GROUP_WARDQMS_UNIT_VP")));
        assertThat(acknowledgement.handle(doc.id)).isTrue();
        assertThat(acknowledgement.handle(doc.id)).as("the process's stamp is not visible yet: its business key is").isFalse();
        assertThat(acs.repository().startedProcesses()).singleElement().satisfies(p -> {
            assertThat(p.path("request").path("processDefinitionKey").asText()).isEqualTo("qmsReadAcknowledgement");
            assertThat(p.path("businessKey").asText()).isEqualTo("qms-ack:" + doc.id);
            assertThat(p.path("request").path("items").get(0).asText()).isEqualTo(doc.id);
            assertThat(p.path("request").path("variables").path("bpm_workflowDescription").asText()).startsWith("Đọc và xác nhận QT-04");
        });
    }

    @Test
    void illegalTransitionsAreRefusedBeforeAnyWrite() {
        assertThatThrownBy(() -> LifecycleState.OBSOLETE.checkMoveTo(LifecycleState.EFFECTIVE, "QT-01"))
                .hasMessage("document QT-01 cannot go from OBSOLETE to EFFECTIVE (allowed: []); nothing was changed");
        assertThat(LifecycleState.APPROVED.canMoveTo(LifecycleState.EFFECTIVE)).isTrue();
        assertThat(LifecycleState.DRAFT.canMoveTo(LifecycleState.APPROVED)).isFalse();
        draft.properties.put("qms:lifecycleState", "OBSOLETE");
        draft.properties.put("qms:issueDate", "2026-11-20");
        draft.properties.put("qms:effectiveDate", "2026-11-27");
        assertThat(new EffectiveDateHandler(nodes, at("2026-12-01T00:00:00Z"), kind -> 12).handle(draft.id)).isFalse();
        assertThat(draft.properties).containsEntry("qms:lifecycleState", "OBSOLETE");
    }

    private void failOnUpdateOf(FakeAcs.FakeNode node) {
        acs.repository().failUpdatesOf.add(node.id);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ClockConfiguration.OFFICE_ZONE);
    }
}
