package vn.wardqms.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.wardqms.service.SharedContracts;
import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.acs.MovableClock;
import vn.wardqms.service.acs.StandInRepositoryTest;
import vn.wardqms.service.config.ClockConfiguration;
import vn.wardqms.service.events.EventParser;
import vn.wardqms.service.events.EventRouter;
import vn.wardqms.service.provisioning.ProvisioningService;
import vn.wardqms.service.provisioning.SiteLayout;
import vn.wardqms.service.reconciliation.ReconciliationSweep;
import vn.wardqms.service.reports.RegisterRow;
import vn.wardqms.service.reports.RegisterSource;

/**
 * The repository requests each operation costs, counted by the stand-in: an event that needs no action (target: at
 * most one read), a publication, a sweep with nothing to do and per page of work, and a report of 10,000 rows.
 * Written to target/bench-requests.txt.
 */
@Tag("bench")
@Import(MovableClock.Office.class)
class RequestCostBench extends StandInRepositoryTest {
    static final List<String> lines = new ArrayList<>();

    @Autowired
    ProvisioningService provisioning;
    @Autowired
    EventParser parser;
    @Autowired
    EventRouter router;
    @Autowired
    ReconciliationSweep sweep;
    @Autowired
    org.alfresco.search.handler.SearchApi search;

    @AfterAll
    static void write() throws Exception {
        Files.writeString(Path.of("target/bench-requests.txt"), String.join(System.lineSeparator(), lines) + System.lineSeparator());
    }

    private void report(String operation, Map<String, Integer> requests) {
        int total = requests.values().stream().mapToInt(Integer::intValue).sum();
        String line = String.format("BENCH requests: %-46s %5d  %s", operation, total, requests);
        System.out.println(line);
        lines.add(line);
    }

    private FakeAcs.FakeNode document(FakeAcs.FakeNode folder, String name, String state) {
        FakeAcs.FakeNode doc = acs.repository().add(folder.id, name, "qms:controlledDocument");
        doc.properties.putAll(Map.of("qms:documentKind", "PROCEDURE", "qms:lifecycleState", state, "cm:title", "Quy trình tiếp nhận hồ sơ",
                "qms:drafter", "suong", "qms:drafterName", "Đỗ Thị Sương", "qms:approverName", "Nguyễn Hoạt", "qms:changeSummary", "Ban hành lần đầu"));
        doc.properties.put("qms:reviewerNames", new ArrayList<>(List.of("Huỳnh Văn Hưng")));
        doc.content = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        doc.mimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        doc.addVersion(false, null);
        return doc;
    }

    private String event(FakeAcs.FakeNode node, String state) throws Exception {
        String sample = Files.readString(SharedContracts.dir().resolve("alfresco/events/samples/noAuth-NodeUpdatedEvent.json"));
        return sample.replaceFirst("\"id\": \"[^\"]+\"", "\"id\": \"" + java.util.UUID.randomUUID() + "\"")
                .replace("d366f805-853f-46ac-a81c-af9c257ee876", node.id)
                .replaceFirst("\"nodeType\": \"cm:content\"", "\"nodeType\": \"qms:controlledDocument\"")
                .replace("\"cm:title\": \"test title2\"", "\"cm:title\": \"test title2\", \"qms:lifecycleState\": \"" + state + "\"");
    }

    private void route(String json) {
        router.route(((EventParser.Accepted) parser.parse(json)).event());
    }

    @Test
    void whatEachOperationCosts() throws Exception {
        provisioning.provision();
        acs.evaluateQueries();
        FakeAcs.Repository repo = acs.repository();
        repo.now = MovableClock.OFFICE.now;
        String library = repo.containers.get("ward-qms");
        FakeAcs.FakeNode drafts = repo.resolve(library, SiteLayout.DRAFTS);

        // An approved document: its event starts the publication (code, issue, PDF copy, record of the issue, ...).
        FakeAcs.FakeNode approved = document(drafts, "Quy trình tiếp nhận hồ sơ.docx", "APPROVED");
        repo.approval(approved, "2026-11-20T03:00:00.000+0000");
        approved.inherit = false;
        approved.locallySet.put(SiteLayout.SECRETARY, "Coordinator");
        acs.forgetRequests();
        route(event(approved, "APPROVED"));
        report("event: publication of an approved document", acs.requests());

        // The same event again: the document is published, so nothing is left to do.
        acs.forgetRequests();
        route(event(approved, approved.properties.get("qms:lifecycleState").toString()));
        Map<String, Integer> idle = acs.requests();
        report("event: needs no action (already handled)", idle);
        int reads = idle.getOrDefault("GET /nodes/{id}", 0);
        assertThat(reads).as("at most one read per event that needs no action").isLessThanOrEqualTo(1);
        assertThat(acs.writes()).isGreaterThan(0);

        // A draft being edited: events come with every save; none needs the service.
        FakeAcs.FakeNode draft = document(drafts, "Hướng dẫn.docx", "DRAFT");
        acs.forgetRequests();
        route(event(draft, "DRAFT"));
        report("event: a draft's first save (cover page read)", acs.requests());
        acs.forgetRequests();
        route(event(draft, "DRAFT"));
        report("event: a draft's next save (no action)", acs.requests());
        assertThat(acs.requests().getOrDefault("GET /nodes/{id}", 0)).isLessThanOrEqualTo(1);

        // A sweep when everything is done: one search per handler's query.
        vn.wardqms.service.reconciliation.Sweeps.untilQuiet(sweep, MovableClock.OFFICE, repo);
        acs.forgetRequests();
        ReconciliationSweep.Result quiet = sweep.sweep();
        report("sweep with nothing to do (" + quiet.requests() + " queries)", acs.requests());

        // A sweep page of work: 50 closed files to classify (one query's page).
        FakeAcs.FakeNode unit = repo.resolve(library, SiteLayout.RECORDS + "/Văn phòng HĐND và UBND");
        for (int i = 1; i <= 50; i++) {
            FakeAcs.FakeNode f = repo.add(unit.id, String.format("%02d-ĐGNB Hồ sơ %d", i, i), "qms:recordFolder");
            f.properties.putAll(Map.of("qms:fileCode", String.format("%02d/ĐGNB", i), "qms:fileYear", "2025", "qms:fileState", "CLOSED",
                    "qms:recordTypeCode", "QLCL.03", "qms:ownerUnit", "Văn phòng HĐND và UBND", "qms:dispositionStatus", "ACTIVE"));
            repo.add(f.id, "Báo cáo " + i + ".docx", "qms:record");
        }
        acs.forgetRequests();
        ReconciliationSweep.Result work = sweep.sweep();
        report("sweep: 50 closed files, 1 record each (" + work.actions() + " actions)", acs.requests());

        // The register of 10,000 documents, as the reports read it.
        for (int i = 1; i <= 10_000; i++) {
            FakeAcs.FakeNode doc = repo.add("procedures", "QT-" + i + ".docx", "qms:controlledDocument");
            doc.properties.putAll(Map.of("qms:documentCode", String.format("QT-%05d", i), "qms:issueDate", "2026-11-20", "qms:issueNumber", "1",
                    "qms:lifecycleState", "EFFECTIVE"));
        }
        acs.forgetRequests();
        int rows = 0;
        for (Iterator<RegisterRow> it = new RegisterSource(search, ClockConfiguration.OFFICE_ZONE).rows(); it.hasNext(); it.next()) {
            rows++;
        }
        report("report: register of " + rows + " documents", acs.requests());
        assertThat(rows).isGreaterThanOrEqualTo(10_000);
    }
}
