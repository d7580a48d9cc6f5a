package vn.wardqms.service.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.acs.StandInRepositoryTest;
import vn.wardqms.service.config.InvalidConfigurationException;
import vn.wardqms.service.provisioning.ProvisioningService;
import vn.wardqms.service.provisioning.SiteLayout;
import vn.wardqms.service.reconciliation.ReconciliationSweep;

/**
 * A draft saved over the network drive again and again keeps one minor version per editing session, on the stand-in
 * repository whose version history and every call (list, delete) are checked against the API.
 */
class DraftVersionsTest extends StandInRepositoryTest {
    private static final Instant MORNING = Instant.parse("2026-11-23T01:30:00Z");

    @Autowired
    ProvisioningService provisioning;
    @Autowired
    DraftVersionsHandler draftVersions;
    @Autowired
    ReconciliationSweep sweep;

    FakeAcs.Repository repo;
    FakeAcs.FakeNode drafts;

    @BeforeEach
    void site() {
        provisioning.provision();
        repo = acs.repository();
        drafts = repo.resolve(repo.containers.get("ward-qms"), SiteLayout.DRAFTS);
    }

    /** A draft uploaded by suong at 08:30 (the repository's initial version 1.0). */
    private FakeAcs.FakeNode draft(String name, String state) {
        FakeAcs.FakeNode doc = repo.add(drafts.id, name, "qms:controlledDocument");
        doc.properties.put("qms:documentKind", "PROCEDURE");
        doc.properties.put("qms:lifecycleState", state);
        doc.content = "bản đầu".getBytes(StandardCharsets.UTF_8);
        doc.mimeType = "text/plain";
        doc.addVersion(true, null, "suong", MORNING);
        return doc;
    }

    private static void save(FakeAcs.FakeNode doc, String by, Instant at, String text) {
        doc.content = text.getBytes(StandardCharsets.UTF_8);
        doc.mimeType = "text/plain";
        doc.addVersion(false, null, by, at);
    }

    private static List<String> labels(FakeAcs.FakeNode doc) {
        return doc.versions.stream().map(FakeAcs.FakeVersion::label).toList();
    }

    @Test
    void tenSavesInOneSessionLeaveOneMinorVersionWithTheLastContent() {
        FakeAcs.FakeNode doc = draft("Quy trình kiểm soát hồ sơ.docx", "DRAFT");
        for (int save = 1; save <= 10; save++) {
            save(doc, "suong", MORNING.plus(Duration.ofMinutes(3L * save)), "lần lưu " + save);
        }
        assertThat(doc.versions).hasSize(11);

        assertThat(draftVersions.handle(doc.id)).isTrue();

        assertThat(labels(doc)).containsExactly("1.10", "1.0");
        assertThat(new String(doc.content, StandardCharsets.UTF_8)).isEqualTo("lần lưu 10");
        assertThat(new String(doc.versions.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("lần lưu 10");
        int writes = acs.writes();
        assertThat(draftVersions.handle(doc.id)).as("a second run finds nothing to do").isFalse();
        assertThat(acs.writes()).isEqualTo(writes);
    }

    @Test
    void eachEditingSessionKeepsItsLastSave() {
        FakeAcs.FakeNode doc = draft("Hướng dẫn tiếp nhận hồ sơ.docx", "DRAFT");
        save(doc, "suong", MORNING.plus(Duration.ofMinutes(5)), "1.1");
        save(doc, "suong", MORNING.plus(Duration.ofMinutes(10)), "1.2");
        save(doc, "suong", MORNING.plus(Duration.ofMinutes(40)), "1.3");   // 30 minutes after the last: same session
        save(doc, "suong", MORNING.plus(Duration.ofMinutes(150)), "1.4");  // after lunch: a new session
        save(doc, "suong", MORNING.plus(Duration.ofMinutes(160)), "1.5");
        save(doc, "hung", MORNING.plus(Duration.ofMinutes(161)), "1.6");   // someone else: a session of its own
        save(doc, "suong", MORNING.plus(Duration.ofMinutes(162)), "1.7");  // and back to suong: another one

        assertThat(draftVersions.handle(doc.id)).isTrue();

        assertThat(labels(doc)).containsExactly("1.7", "1.6", "1.5", "1.3", "1.0");
    }

    @Test
    void majorVersionsAndTheHistoryBelowThemAreNeverTouched() {
        FakeAcs.FakeNode doc = repo.add(drafts.id, "Kế hoạch đánh giá nội bộ.docx", "qms:controlledDocument");
        doc.properties.put("qms:documentKind", "PLAN");
        doc.properties.put("qms:lifecycleState", "DRAFT");
        save(doc, "suong", MORNING, "0.1");
        save(doc, "suong", MORNING.plus(Duration.ofMinutes(1)), "0.2");
        doc.addVersion(true, "Lần ban hành 01", "ward-qms-service", MORNING.plus(Duration.ofMinutes(2)));
        doc.addVersion(true, "Lần ban hành 02", "ward-qms-service", MORNING.plus(Duration.ofMinutes(3)));
        save(doc, "suong", MORNING.plus(Duration.ofMinutes(4)), "2.1");
        save(doc, "suong", MORNING.plus(Duration.ofMinutes(5)), "2.2");

        assertThat(draftVersions.handle(doc.id)).isTrue();

        assertThat(labels(doc)).containsExactly("2.2", "2.0", "1.0", "0.2", "0.1");
    }

    @Test
    void onlyDraftsAreCompacted() {
        FakeAcs.FakeNode inForce = draft("Quy trình đang hiệu lực.docx", "EFFECTIVE");
        save(inForce, "suong", MORNING.plus(Duration.ofMinutes(1)), "1.1");
        save(inForce, "suong", MORNING.plus(Duration.ofMinutes(2)), "1.2");
        FakeAcs.FakeNode single = draft("Dự thảo mới.docx", "DRAFT");
        save(single, "suong", MORNING.plus(Duration.ofMinutes(1)), "1.1");

        assertThat(draftVersions.handle(inForce.id)).isFalse();
        assertThat(draftVersions.handle(single.id)).as("one save is already one per session").isFalse();

        assertThat(labels(inForce)).containsExactly("1.2", "1.1", "1.0");
        assertThat(labels(single)).containsExactly("1.1", "1.0");
    }

    @Test
    void theSweepCompactsDraftsWhoseEventsWereLost() {
        acs.evaluateQueries();
        FakeAcs.FakeNode doc = draft("Quy trình xử lý khiếu nại.docx", "DRAFT");
        for (int save = 1; save <= 4; save++) {
            save(doc, "lan", MORNING.plus(Duration.ofMinutes(save)), "lần lưu " + save);
        }

        ReconciliationSweep.Result result = sweep.sweep();

        assertThat(result.failures()).isZero();
        assertThat(labels(doc)).containsExactly("1.4", "1.0");
        assertThat(sweep.sweep().actions()).as("nothing left to compact").isZero();
    }

    @Test
    void anEditingSessionOutsideOneMinuteToOneDayIsRefusedByName() {
        assertThatThrownBy(() -> new DraftVersionsProperties(Duration.ofSeconds(30)))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("ward-qms.drafts.editing-session")
                .hasMessageContaining("PT30S");
        assertThatThrownBy(() -> new DraftVersionsProperties(Duration.ofDays(2))).hasMessageContaining("ward-qms.drafts.editing-session");
        assertThat(new DraftVersionsProperties(null).editingSession()).isEqualTo(Duration.ofMinutes(30));
    }
}
