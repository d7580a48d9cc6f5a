package vn.wardqms.platform.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.wardqms.platform.workflow.standin.StandInNode;

/**
 * Who may move a record towards its disposal, tried as the people who must not: a unit's Collaborator and the quality
 * secretary (Coordinator) write what only the QMS service writes, a decision is placed where the council's are not or
 * skips its recording, and a closed file is reached through a subfolder. Each attempt is refused with a message in both
 * languages and leaves everything as it was; the administrator may, and the records audit register says so.
 */
class RecordsIntegrityTest extends RecordsSite {

    private static final List<String> ORDINARY = List.of("lan", "thu");

    // ---- Retention and disposition are the service's ---------------------------------------------------

    @Test
    void noUnitMemberOrSecretaryMaySetTheDispositionStatusOfAClosedFile() {
        close(file);
        for (String user : ORDINARY) {
            repository.grant(file, user, "Coordinator");
            assertThatThrownBy(in(repository, user, () -> repository.updateProperties(file, Map.of("qms:dispositionStatus", "COUNCIL_APPROVED")))::run)
                    .as(user)
                    .hasMessageContaining("You may not change the retention or disposition (qms:dispositionStatus) of 'HS-2026-01':"
                            + " only the QMS processes and the QMS service do (" + user + ")")
                    .hasMessageContaining("Bạn không được thay đổi thời hạn lưu trữ hoặc việc xử lý (qms:dispositionStatus) của 'HS-2026-01'")
                    .hasMessageContaining("qms:dispositionStatus: ACTIVE → COUNCIL_APPROVED");
        }
        assertThat(file.property("qms:dispositionStatus")).isEqualTo("ACTIVE");
        assertThat(register()).isEmpty();
    }

    @Test
    void nobodyButTheServiceShortensARetentionOrPullsTheDateForward() {
        close(file);
        assertThatThrownBy(in(repository, "thu", () -> repository.updateProperties(minutes,
                Map.of("qms:retentionYears", 3, "qms:retainUntil", new Date(0))))::run)
                .hasMessageContaining("(qms:retainUntil, qms:retentionYears)");
        assertThatThrownBy(in(repository, "lan", () -> repository.updateProperties(minutes, Map.of("qms:recordTypeCode", "VP.01")))::run)
                .as("the record type of a closed file decides its retention")
                .hasMessageContaining("(qms:recordTypeCode)");
        assertThat(minutes.property("qms:retentionYears")).isEqualTo(10);
        assertThat(minutes.property("qms:recordTypeCode")).isEqualTo("VP.05");

        StandInNode open = newFile("HS-2026-02", "Hồ sơ hội nghị");
        in(repository, "lan", () -> repository.updateProperties(open, Map.of("qms:recordTypeCode", "VP.01"))).run();
        assertThat(open.property("qms:recordTypeCode")).as("chosen while the file is open").isEqualTo("VP.01");
    }

    @Test
    void anAdministratorMayChangeTheDispositionAndTheRegisterSaysWhatFromWhatToWhat() {
        close(file);
        in(repository, "admin", () -> repository.updateProperties(file, Map.of("qms:dispositionStatus", "EXTENDED"))).run();
        assertThat(file.property("qms:dispositionStatus")).isEqualTo("EXTENDED");
        assertThat(register()).hasSize(1);
        StandInNode entry = register().get(0);
        assertThat(entry.property("qms:auditEvent")).isEqualTo("ADMIN_CHANGE");
        assertThat(entry.property("qms:auditBy")).isEqualTo("admin");
        assertThat(entry.property("qms:auditFileCode")).isEqualTo("HS-2026-01");
        assertThat(entry.property("qms:auditDetail")).isEqualTo("the retention or disposition (qms:dispositionStatus): qms:dispositionStatus: ACTIVE → EXTENDED");

        in(repository, SERVICE, () -> repository.updateProperties(file, Map.of("qms:dispositionStatus", "DUE"))).run();
        assertThat(register()).as("the service's own changes are its work, not an exception").hasSize(1);
    }

    // ---- A decision of the council ----------------------------------------------------------------------

    @Test
    void aDecisionIsRecordedAsRecordedAndOnlyTheServiceCarriesItOut() {
        close(file);
        approveDisposition(file);
        assertThatThrownBy(() -> repository.as("thu", () -> repository.create(decisions, "qms:dispositionDecision", "Quyết định 12", Map.of(
                "qms:decisionNumber", "12/QĐ-UBND", "qms:decisionAction", "DESTROY", "qms:decisionState", "EXECUTING",
                "qms:decisionFileCodes", List.of("HS-2026-01")))))
                .hasMessageContaining("You may not change the disposition decision (qms:decisionState) of 'Quyết định 12'")
                .hasMessageContaining("qms:decisionState: ∅ → EXECUTING");
        assertThat(decisions.getChildren()).isEmpty();

        StandInNode decision = recorded("thu", decisions, "12/QĐ-UBND", "DESTROY", file);
        assertThat(decision.property("qms:decisionState")).isEqualTo("RECORDED");
        assertThatThrownBy(in(repository, "thu", () -> repository.updateProperties(decision, Map.of("qms:decisionState", "EXECUTING")))::run)
                .hasMessageContaining("(qms:decisionState)");
        assertThatThrownBy(in(repository, "thu", () -> decision.createAssociation(file, "qms:decisionCovers"))::run)
                .hasMessageContaining("You may not change the files a decision covers (qms:decisionCovers) of 'Quyết định 12-QĐ-UBND'")
                .hasMessageContaining("Bạn không được thay đổi các tập hồ sơ quyết định áp dụng (qms:decisionCovers)")
                .hasMessageContaining("+ 'HS-2026-01'");
        assertThat(decision.targets("qms:decisionCovers")).isEmpty();

        in(repository, "thu", () -> repository.updateProperties(decision, Map.of("qms:councilMembers", List.of("Nguyễn Hoạt")))).run();
        carriedOut(decision, file);
        assertThatThrownBy(in(repository, "thu", () -> repository.updateProperties(decision,
                Map.of("qms:decisionFileCodes", List.of("HS-2026-01", "HS-2025-07"))))::run)
                .as("what a decision decides is fixed once it is carried out")
                .hasMessageContaining("(qms:decisionFileCodes)");
        assertThatThrownBy(in(repository, "thu", () -> decision.removeAssociation(file, "qms:decisionCovers"))::run)
                .hasMessageContaining("− 'HS-2026-01'");
        assertThat(decision.targets("qms:decisionCovers")).containsExactly(file);
    }

    @Test
    void aFileIsDestroyedOnlyUnderADecisionBeingCarriedOutThatListsItRecordedInTheAppraisalFolderByTheSecretary() {
        close(file);
        approveDisposition(file);
        StandInNode recordedOnly = recorded("thu", decisions, "10/QĐ-UBND", "DESTROY", file);
        repository.as(SERVICE, () -> recordedOnly.createAssociation(file, "qms:decisionCovers"));
        assertThatThrownBy(in(repository, SERVICE, () -> repository.delete(file))::run)
                .hasMessageContaining("decision 10/QĐ-UBND is RECORDED, not being carried out (EXECUTING)")
                .hasMessageContaining("chưa được thực hiện (EXECUTING)");

        StandInNode inUnitFolder = carriedOut(recorded("thu", unitRecords, "11/QĐ-UBND", "DESTROY", file), file);
        assertThat(inUnitFolder.getParent()).isSameAs(unitRecords);
        assertThatThrownBy(in(repository, SERVICE, () -> repository.delete(file))::run)
                .hasMessageContaining("decision 11/QĐ-UBND is not in 'Hồ sơ/Xác định giá trị tài liệu' of the file's site");

        StandInNode byAdmin = carriedOut(recorded("admin", decisions, "13/QĐ-UBND", "DESTROY", file), file);
        assertThat(byAdmin.property("cm:creator")).isEqualTo("admin");
        assertThatThrownBy(in(repository, SERVICE, () -> repository.delete(file))::run)
                .hasMessageContaining("decision 13/QĐ-UBND was not recorded by the quality secretary group (admin)");

        StandInNode other = newFile("HS-2026-02", "Hồ sơ hội nghị");
        StandInNode forOther = carriedOut(recorded("thu", decisions, "14/QĐ-UBND", "DESTROY", other), other);
        repository.as("admin", () -> forOther.createAssociation(file, "qms:decisionCovers"));
        assertThatThrownBy(in(repository, SERVICE, () -> repository.delete(file))::run)
                .as("a file linked to a run without being listed in its decision")
                .hasMessageContaining("does not list file code HS-2026-01 (qms:decisionFileCodes)");
        assertThat(file.exists()).isTrue();
        assertThat(minutes.exists()).isTrue();

        decision("15/QĐ-UBND", "DESTROY", file);
        in(repository, SERVICE, () -> repository.delete(file)).run();
        assertThat(file.exists()).isFalse();
    }

    // ---- Everything in a closed file ---------------------------------------------------------------------

    @Test
    void theRulesReachWhatIsInASubfolderOfAClosedFile() {
        StandInNode annexes = repository.as("lan", () -> file.createFolder("Phụ lục"));
        StandInNode annex = newRecord(annexes, "Phụ lục 1.pdf");
        close(file);

        assertThatThrownBy(in(repository, "lan", () -> repository.writeContent(annex, "sửa"))::run)
                .hasMessageContaining("The content of record 'Phụ lục 1.pdf' cannot be changed: its file HS-2026-01 is closed");
        assertThatThrownBy(in(repository, "admin", () -> repository.updateProperties(annex, Map.of("cm:title", "khác")))::run)
                .hasMessageContaining("of file HS-2026-01 cannot be changed (cm:title)");
        assertThatThrownBy(() -> newRecord(annexes, "Phụ lục 2.pdf"))
                .hasMessageContaining("Nothing can be added to file HS-2026-01: the file is closed ('Phụ lục 2.pdf' refused)");
        StandInNode other = newFile("HS-2026-02", "Hồ sơ hội nghị");
        assertThatThrownBy(in(repository, "lan", () -> repository.move(annex, other))::run)
                .hasMessageContaining("Record 'Phụ lục 1.pdf' cannot be moved out of file HS-2026-01: the file is closed");
        assertThatThrownBy(in(repository, "lan", () -> repository.move(annexes, other))::run)
                .hasMessageContaining("cannot be moved out of file HS-2026-01");
        assertThatThrownBy(in(repository, "lan", () -> repository.delete(annexes))::run)
                .hasMessageContaining("Deleting record 'Phụ lục 1.pdf' of file HS-2026-01 is refused");
        assertThat(annex.property("cm:content")).isEqualTo("nội dung Phụ lục 1.pdf");
        assertThat(annexes.getChildren()).containsExactly(annex);
        assertThat(annexes.getParent()).isSameAs(file);
    }

    @Test
    void aHoldDeepInAFileStopsItsDestruction() {
        StandInNode annexes = repository.as("lan", () -> file.createFolder("Phụ lục"));
        StandInNode annex = newRecord(annexes, "Phụ lục 1.pdf");
        close(file);
        approveDisposition(file);
        decision("12/QĐ-UBND", "DESTROY", file);
        placeHold("thu", annex, "Thanh tra huyện");
        assertThatThrownBy(in(repository, SERVICE, () -> repository.delete(minutes))::run)
                .hasMessageContaining("file HS-2026-01 is on legal hold (record 'Phụ lục 1.pdf' of file HS-2026-01: Thanh tra huyện)");
        assertThat(minutes.exists()).isTrue();
    }

    @Test
    void aClosedFileAndTheRegistersEntriesStayWhereTheyAre() {
        close(file);
        placeHold("thu", report, "Khiếu nại");
        StandInNode entry = register().get(0);
        StandInNode elsewhere = repository.folder(library, "Lưu tạm");
        repository.grant(elsewhere, "GROUP_WARDQMS_SECRETARY", "Coordinator");
        for (String user : List.of("thu", "admin")) {
            assertThatThrownBy(in(repository, user, () -> repository.move(file, elsewhere))::run)
                    .hasMessageContaining("File HS-2026-01 cannot be moved: it is closed")
                    .hasMessageContaining("Không được chuyển tập hồ sơ HS-2026-01");
            assertThatThrownBy(in(repository, user, () -> repository.move(entry, elsewhere))::run)
                    .hasMessageContaining("Entry '" + entry.getName() + "' of the records audit register cannot be moved")
                    .hasMessageContaining("Không được chuyển mục");
        }
        assertThat(file.getParent()).isSameAs(unitRecords);
        assertThat(entry.getParent().getName()).isEqualTo("Sổ theo dõi hồ sơ");
        assertThat(elsewhere.getChildren()).isEmpty();
    }
}
