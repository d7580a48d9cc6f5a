package vn.wardqms.platform.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.wardqms.platform.workflow.standin.StandInNode;
import vn.wardqms.platform.workflow.standin.StandInRepository;

/**
 * Records in a closed file are read-only for everybody, administrators and the QMS service included, except through
 * disposition; legal holds win and are logged; the records audit register is kept as written. The shipped behaviours
 * (context/records-behaviour-context.xml, behaviour/qms-*.js) run in Rhino whenever the stand-in's node service fires the
 * policies they are bound to, as the repository's would, each change in a transaction of its own.
 * The site and its people: RecordsSite.
 */
class RecordsRulesTest extends RecordsSite {

    // ---- A record in a closed file ------------------------------------------------------------------

    @Test
    void theContentOfARecordInAnOpenFileMayChangeButNotOnceTheFileIsClosedNotEvenByAnAdministrator() {
        in(repository, "lan", () -> repository.writeContent(minutes, "bản sửa")).run();
        assertThat(minutes.property("cm:content")).isEqualTo("bản sửa");
        close(file);

        for (String user : List.of("lan", "thu", "admin")) {
            assertThatThrownBy(in(repository, user, () -> repository.writeContent(minutes, "bản sửa lần 2"))::run)
                    .as(user)
                    .hasMessageContaining("The content of record 'Biên bản tiếp công dân 05-01.pdf' cannot be changed: its file HS-2026-01 is closed")
                    .hasMessageContaining("Không được thay đổi nội dung hồ sơ 'Biên bản tiếp công dân 05-01.pdf': tập hồ sơ HS-2026-01 đã đóng");
        }
        assertThat(minutes.property("cm:content")).isEqualTo("bản sửa");
    }

    @Test
    void aRecordInAClosedFileKeepsItsPropertiesButItsRetentionDispositionAndHoldMayChange() {
        close(file);
        assertThat(minutes.property("qms:retentionTrigger")).as("classified after closing").isEqualTo("FILE_CLOSED");

        for (Map.Entry<String, Object> change : List.of(Map.entry("cm:title", (Object) "Biên bản đã sửa"),
                Map.entry("qms:ownerUnit", (Object) "Phòng Văn hóa - Xã hội"), Map.entry("cm:name", (Object) "Biên bản mới.pdf"))) {
            assertThatThrownBy(in(repository, "admin", () -> repository.updateProperties(minutes, Map.of(change.getKey(), change.getValue())))::run)
                    .as(change.getKey())
                    .hasMessageContaining("Record 'Biên bản tiếp công dân 05-01.pdf' of file HS-2026-01 cannot be changed (" + change.getKey() + ")")
                    .hasMessageContaining("Không được thay đổi hồ sơ 'Biên bản tiếp công dân 05-01.pdf' trong tập hồ sơ HS-2026-01");
        }
        assertThat(minutes.property("cm:title")).isEqualTo("Biên bản tiếp công dân 05-01.pdf");
        assertThat(minutes.getName()).isEqualTo("Biên bản tiếp công dân 05-01.pdf");

        // A change that touches one refused property among allowed ones is refused whole.
        assertThatThrownBy(in(repository, SERVICE, () -> repository.updateProperties(minutes,
                Map.of("qms:dispositionStatus", "DUE", "cm:description", "ghi chú")))::run)
                .hasMessageContaining("(cm:description)");
        assertThat(minutes.property("qms:dispositionStatus")).isEqualTo("ACTIVE");

        in(repository, SERVICE, () -> repository.updateProperties(minutes, Map.of("qms:dispositionStatus", "DUE",
                "qms:retentionYears", 20, "qms:dispositionAction", "TRANSFER", "qms:retentionTrigger", "END_OF_YEAR"))).run();
        assertThat(minutes.property("qms:retentionYears")).isEqualTo(20);
        placeHold("thu", minutes, "Khiếu nại số 15/KN đang giải quyết");
        assertThat(minutes.property("qms:holdReason")).isEqualTo("Khiếu nại số 15/KN đang giải quyết");
    }

    @Test
    void aRecordCannotBeMovedOutOfAClosedFileButMayLeaveAnOpenOne() {
        StandInNode other = newFile("HS-2026-02", "Hồ sơ hội nghị");
        in(repository, "lan", () -> repository.move(report, other)).run();
        assertThat(report.getParent()).isSameAs(other);
        in(repository, "lan", () -> repository.move(report, file)).run();
        close(file);

        assertThatThrownBy(in(repository, "admin", () -> repository.move(minutes, other))::run)
                .hasMessageContaining("Record 'Biên bản tiếp công dân 05-01.pdf' cannot be moved out of file HS-2026-01: the file is closed")
                .hasMessageContaining("Không được chuyển hồ sơ 'Biên bản tiếp công dân 05-01.pdf' ra khỏi tập hồ sơ HS-2026-01");
        assertThat(minutes.getParent()).isSameAs(file);
        assertThat(file.getChildren()).contains(minutes);
        assertThat(other.getChildren()).doesNotContain(minutes);
    }

    @Test
    void nothingCanBeAddedToAClosedFileMadeInItMovedInOrCopiedIn() {
        StandInNode other = newFile("HS-2026-02", "Hồ sơ hội nghị");
        StandInNode loose = newRecord(other, "Giấy mời.pdf");
        close(file);

        assertThatThrownBy(() -> newRecord(file, "Biên bản bổ sung.pdf"))
                .hasMessageContaining("Nothing can be added to file HS-2026-01: the file is closed ('Biên bản bổ sung.pdf' refused)")
                .hasMessageContaining("Không được thêm vào tập hồ sơ HS-2026-01: tập hồ sơ đã đóng");
        assertThatThrownBy(in(repository, "admin", () -> repository.move(loose, file))::run)
                .hasMessageContaining("Nothing can be added to file HS-2026-01");
        assertThatThrownBy(in(repository, "admin", () -> loose.copy(file))::run)
                .hasMessageContaining("Nothing can be added to file HS-2026-01");
        assertThat(file.getChildren()).containsExactly(minutes, report);
        assertThat(loose.getParent()).isSameAs(other);
        assertThat(repository.nodesOfType("qms:record")).hasSize(3);
    }

    // ---- A closed file ----------------------------------------------------------------------------

    @Test
    void aClosedFileCannotBeReopenedNorItsIdentificationChangedButItsNotesAndDispositionMay() {
        close(file);
        assertThatThrownBy(in(repository, "admin", () -> repository.updateProperties(file, Map.of("qms:fileState", "OPEN")))::run)
                .hasMessageContaining("File HS-2026-01 is closed and cannot be reopened (qms:fileState CLOSED → OPEN)")
                .hasMessageContaining("Tập hồ sơ HS-2026-01 đã đóng, không được mở lại");
        assertThat(file.property("qms:fileState")).isEqualTo("CLOSED");

        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("qms:fileCode", "HS-2026-99");
        identity.put("qms:fileYear", 2025);
        identity.put("qms:fileCreator", "Người khác");
        identity.put("cm:name", "HS-2026-99");
        identity.put("cm:title", "Tiêu đề khác");
        identity.forEach((name, value) -> assertThatThrownBy(in(repository, "thu", () -> repository.updateProperties(file, Map.of(name, value)))::run)
                .as(name)
                .hasMessageContaining("What identifies file HS-2026-01 cannot be changed (" + name + "): the file is closed")
                .hasMessageContaining("Không được thay đổi thông tin nhận biết của tập hồ sơ HS-2026-01 (" + name + ")"));
        assertThat(file.property("qms:fileCode")).isEqualTo("HS-2026-01");
        assertThat(file.getName()).isEqualTo("HS-2026-01");

        in(repository, "thu", () -> repository.updateProperties(file, Map.of("qms:fileNotes", "Đã số hóa"))).run();
        in(repository, SERVICE, () -> repository.updateProperties(file, Map.of("qms:dispositionStatus", "DUE"))).run();
        assertThat(file.property("qms:fileNotes")).isEqualTo("Đã số hóa");
        assertThat(file.property("qms:dispositionStatus")).isEqualTo("DUE");
    }

    @Test
    void anOpenFileMayBeRenamedAndClosed() {
        in(repository, "lan", () -> repository.updateProperties(file, Map.of("cm:title", "Hồ sơ tiếp công dân (quý I)", "qms:fileCode", "HS-2026-01A"))).run();
        close(file);
        assertThat(file.property("qms:fileState")).isEqualTo("CLOSED");
        assertThat(file.property("qms:fileCode")).isEqualTo("HS-2026-01A");
    }

    // ---- Deletion: only by disposition ---------------------------------------------------------------

    @Test
    void inAnOpenFileRecordsAndTheFileMayBeDeleted() {
        StandInNode other = newFile("HS-2026-02", "Hồ sơ hội nghị");
        StandInNode invitation = newRecord(other, "Giấy mời.pdf");
        in(repository, "lan", () -> repository.delete(invitation)).run();
        assertThat(invitation.exists()).isFalse();
        in(repository, "thu", () -> repository.delete(other)).run();
        assertThat(other.exists()).isFalse();
    }

    @Test
    void aClosedFileAndItsRecordsAreNotDeletedBeforeTheCouncilHasApproved() {
        close(file);
        for (String user : List.of("thu", "admin")) {
            assertThatThrownBy(in(repository, user, () -> repository.delete(file))::run)
                    .as(user)
                    .hasMessageContaining("is refused: file HS-2026-01 is closed and its disposition status is ACTIVE, not COUNCIL_APPROVED")
                    .hasMessageContaining("tập hồ sơ HS-2026-01 đã đóng và tình trạng xử lý là ACTIVE, chưa phải COUNCIL_APPROVED");
            assertThatThrownBy(in(repository, user, () -> repository.delete(minutes))::run)
                    .hasMessageContaining("Deleting record 'Biên bản tiếp công dân 05-01.pdf' of file HS-2026-01 is refused")
                    .hasMessageContaining("Không được xóa hồ sơ 'Biên bản tiếp công dân 05-01.pdf' trong tập hồ sơ HS-2026-01");
        }
        assertThat(file.exists()).isTrue();
        assertThat(file.getChildren()).containsExactly(minutes, report);
        assertThat(minutes.exists()).isTrue();
    }

    @Test
    void councilApprovalIsNotEnoughWithoutADecisionToDestroyThatCoversTheFile() {
        close(file);
        approveDisposition(file);
        // The node service asks about the records first (children before their parent), so the first record answers.
        assertThatThrownBy(in(repository, "admin", () -> repository.delete(file))::run)
                .hasMessageContaining("Deleting record 'Biên bản tiếp công dân 05-01.pdf' of file HS-2026-01 is refused: file HS-2026-01 is closed"
                        + " and no decision of the competent person to DESTROY covers it")
                .hasMessageContaining("không có quyết định hủy tài liệu của người có thẩm quyền");
        StandInNode empty = newFile("HS-2026-03", "Hồ sơ trống");
        close(empty);
        approveDisposition(empty);
        assertThatThrownBy(in(repository, "admin", () -> repository.delete(empty))::run)
                .hasMessageContaining("Deleting record file HS-2026-03 is refused: file HS-2026-03 is closed and no decision of the competent person to DESTROY covers it")
                .hasMessageContaining("Không được xóa tập hồ sơ HS-2026-03");
        StandInNode other = newFile("HS-2026-02", "Hồ sơ hội nghị");
        decision("07/QĐ-UBND", "TRANSFER", file);
        decision("08/QĐ-UBND", "DESTROY", other);
        assertThatThrownBy(in(repository, "thu", () -> repository.delete(file))::run)
                .as("a decision to transfer, and one to destroy another file")
                .hasMessageContaining("no decision of the competent person to DESTROY covers it");
        assertThat(file.exists()).isTrue();
    }

    @Test
    void aFileCoveredByADecisionToDestroyGoesWithItsRecordsOneRecordAtATimeOrWhole() {
        close(file);
        approveDisposition(file);
        StandInNode decision = decision("12/QĐ-UBND", "DESTROY", file);

        in(repository, "thu", () -> repository.delete(report)).run();
        assertThat(report.exists()).isFalse();
        in(repository, "thu", () -> repository.delete(file)).run();
        assertThat(file.exists()).isFalse();
        assertThat(minutes.exists()).isFalse();
        assertThat(decision.targets("qms:decisionCovers")).isEmpty();
    }

    @Test
    void aHoldOnTheFileOrAnyOfItsRecordsWinsOverTheDecision() {
        close(file);
        approveDisposition(file);
        decision("12/QĐ-UBND", "DESTROY", file);
        placeHold("thu", report, "Thanh tra huyện yêu cầu giữ lại");

        assertThatThrownBy(in(repository, "admin", () -> repository.delete(minutes))::run)
                .hasMessageContaining("Deleting record 'Biên bản tiếp công dân 05-01.pdf' of file HS-2026-01 is refused: file HS-2026-01 is on legal hold"
                        + " (record 'Báo cáo tháng 1.pdf' of file HS-2026-01: Thanh tra huyện yêu cầu giữ lại)")
                .hasMessageContaining("tập hồ sơ HS-2026-01 đang bị tạm giữ pháp lý");
        assertThatThrownBy(in(repository, "thu", () -> repository.delete(file))::run)
                .hasMessageContaining("on legal hold");
        assertThat(file.getChildren()).containsExactly(minutes, report);
    }

    @Test
    void aHoldPlacedDuringADispositionRunWinsForTheFilesNotYetDestroyed() {
        StandInNode second = newFile("HS-2026-02", "Hồ sơ hội nghị");
        StandInNode invitation = newRecord(second, "Giấy mời.pdf");
        close(file);
        close(second);
        approveDisposition(file);
        approveDisposition(second);
        decision("12/QĐ-UBND", "DESTROY", file, second);

        // The QMS service destroys the files one after the other; meanwhile a complaint puts a record on hold.
        in(repository, "thu", () -> repository.delete(file)).run();
        placeHold("thu", invitation, "Khiếu nại mới của công dân");
        assertThatThrownBy(in(repository, "thu", () -> repository.delete(second))::run)
                .hasMessageContaining("Deleting record 'Giấy mời.pdf' of file HS-2026-02 is refused")
                .hasMessageContaining("Khiếu nại mới của công dân");

        assertThat(file.exists()).isFalse();
        assertThat(second.exists()).isTrue();
        assertThat(invitation.exists()).isTrue();
        assertThat(second.getChildren()).containsExactly(invitation);
    }

    @Test
    void nothingOnLegalHoldIsDeletedOpenFileOrNot() {
        placeHold("thu", minutes, "Vụ kiện hành chính số 3/2026");
        assertThatThrownBy(in(repository, "admin", () -> repository.delete(minutes))::run)
                .hasMessageContaining("Deleting record 'Biên bản tiếp công dân 05-01.pdf' of file HS-2026-01 is refused: it is on legal hold"
                        + " (reason: Vụ kiện hành chính số 3/2026); release the hold first")
                .hasMessageContaining("Không được xóa hồ sơ 'Biên bản tiếp công dân 05-01.pdf' trong tập hồ sơ HS-2026-01: đang bị tạm giữ pháp lý");
        assertThatThrownBy(in(repository, "lan", () -> repository.delete(file))::run)
                .as("the open file that holds it")
                .hasMessageContaining("it is on legal hold");
        assertThat(file.getChildren()).containsExactly(minutes, report);

        StandInNode loose = repository.as("lan", () -> repository.create(unitRecords, "cm:content", "Công văn.pdf", Map.of()));
        placeHold("thu", loose, "Thanh tra");
        assertThatThrownBy(in(repository, "admin", () -> repository.delete(loose))::run)
                .hasMessageContaining("Deleting 'Công văn.pdf' is refused: it is on legal hold");

        in(repository, "thu", () -> minutes.removeAspect("qms:legalHold")).run();
        in(repository, "lan", () -> repository.delete(minutes)).run();
        assertThat(minutes.exists()).isFalse();
    }

    // ---- Legal holds in the records audit register --------------------------------------------------

    @Test
    void aHoldPlacedIsFilledInAndLoggedInTheRegisterWhichIsMadeIfMissing() {
        assertThat(systemData.childByNamePath("Sổ theo dõi hồ sơ")).isNull();
        close(file);
        placeHold("thu", minutes, "Khiếu nại số 15/KN đang giải quyết");

        assertThat(minutes.property("qms:holdPlacedBy")).isEqualTo("thu");
        assertThat(minutes.property("qms:holdPlacedOn")).isInstanceOf(Date.class);
        assertThat(register()).hasSize(1);
        StandInNode entry = register().get(0);
        assertThat(entry.getTypeShort()).isEqualTo("qms:auditEntry");
        assertThat(entry.getName()).startsWith("HOLD_PLACED HS-2026-01 ");
        assertThat(entry.property("qms:auditEvent")).isEqualTo("HOLD_PLACED");
        assertThat(entry.property("qms:auditSubjectId")).isEqualTo(minutes.getId());
        assertThat(entry.property("qms:auditFileCode")).isEqualTo("HS-2026-01");
        assertThat(entry.property("qms:auditTitle")).isEqualTo("Biên bản tiếp công dân 05-01.pdf");
        assertThat(entry.property("qms:auditFileYear")).isEqualTo(2026);
        assertThat(entry.property("qms:auditRecordTypeCode")).isEqualTo("VP.05");
        assertThat(entry.property("qms:auditRetention")).isEqualTo("10 năm");
        assertThat(entry.property("qms:auditBy")).isEqualTo("thu");
        assertThat(entry.property("qms:auditAt")).isInstanceOf(Date.class);
        assertThat(entry.property("qms:auditDetail")).isEqualTo("Khiếu nại số 15/KN đang giải quyết");
        assertThat(entry.property("cm:creator")).isEqualTo("thu");
    }

    @Test
    void aHoldPlacedAsTheRestApiDoesAspectFirstThenItsReasonIsLoggedOnceWithItsReason() {
        repository.as("thu", () -> {
            repository.addAspect(file, "qms:legalHold", Map.of());
            assertThat(register()).as("no reason yet").isEmpty();
            repository.updateProperties(file, Map.of("qms:holdReason", "Thanh tra tỉnh", "qms:holdPlacedBy", "hoat"));
            return null;
        });
        assertThat(register()).hasSize(1);
        StandInNode entry = register().get(0);
        assertThat(entry.property("qms:auditDetail")).isEqualTo("Thanh tra tỉnh (qms:holdPlacedBy: hoat)");
        assertThat(entry.property("qms:auditRecordCount")).as("a hold on a file counts its records").isEqualTo(2);
        assertThat(entry.property("qms:auditTitle")).isEqualTo("Hồ sơ tiếp công dân năm 2026");
        assertThat(file.property("qms:holdPlacedBy")).as("given, so kept").isEqualTo("hoat");

        in(repository, "thu", () -> repository.updateProperties(file, Map.of("qms:holdReason", "Thanh tra tỉnh (bổ sung)"))).run();
        assertThat(register()).as("a reason amended is not a new hold").hasSize(1);
    }

    @Test
    void aHoldReleasedIsLoggedWithTheReasonItHad() {
        placeHold("thu", minutes, "Khiếu nại số 15/KN");
        in(repository, "thu", () -> minutes.removeAspect("qms:legalHold")).run();

        assertThat(minutes.aspects()).doesNotContain("qms:legalHold");
        assertThat(minutes.property("qms:holdReason")).isNull();
        assertThat(register()).extracting(e -> e.property("qms:auditEvent")).containsExactlyInAnyOrder("HOLD_PLACED", "HOLD_RELEASED");
        StandInNode released = register().stream().filter(e -> "HOLD_RELEASED".equals(e.property("qms:auditEvent"))).findFirst().orElseThrow();
        assertThat((String) released.property("qms:auditDetail")).startsWith("Khiếu nại số 15/KN (qms:holdPlacedBy: thu, qms:holdPlacedOn: ");
        assertThat(released.property("qms:auditSubjectId")).isEqualTo(minutes.getId());
        assertThat(released.property("qms:auditBy")).isEqualTo("thu");
    }

    @Test
    void withoutTheSystemDataFolderAHoldCannotBeLoggedAndSoIsNotPlaced() {
        in(repository, "admin", () -> repository.delete(systemData)).run();
        assertThatThrownBy(() -> placeHold("thu", minutes, "Thanh tra"))
                .hasMessageContaining("Cannot record the legal hold in the records audit register: site 'ward-qms' has no folder 'Dữ liệu hệ thống QMS' in its document library")
                .hasMessageContaining("Không ghi được việc đặt tạm giữ pháp lý vào Sổ theo dõi hồ sơ: site 'ward-qms' không có thư mục 'Dữ liệu hệ thống QMS'");
        assertThat(minutes.aspects()).doesNotContain("qms:legalHold");
        assertThat(minutes.property("qms:holdReason")).isNull();
    }

    @Test
    void someoneWhoMayNotWriteTheRegisterCannotPlaceAHold() {
        assertThatThrownBy(() -> placeHold("lan", minutes, "Thanh tra"))
                .hasMessageContaining("Cannot record the legal hold: you may not create the records audit register 'Dữ liệu hệ thống QMS/Sổ theo dõi hồ sơ'")
                .hasMessageContaining("bạn không có quyền tạo Sổ theo dõi hồ sơ");
        assertThat(minutes.aspects()).doesNotContain("qms:legalHold");
        assertThat(register()).isEmpty();
    }

    // ---- The register is kept as written --------------------------------------------------------------

    @Test
    void entriesOfTheRegisterAreNeverChangedOrDeleted() {
        placeHold("thu", minutes, "Khiếu nại số 15/KN");
        StandInNode entry = register().get(0);
        for (String user : List.of("thu", "admin")) {
            assertThatThrownBy(in(repository, user, () -> repository.updateProperties(entry, Map.of("qms:auditDetail", "đã sửa")))::run)
                    .hasMessageContaining("Entry '" + entry.getName() + "' of the records audit register cannot be changed (qms:auditDetail)")
                    .hasMessageContaining("Không được sửa (qms:auditDetail) mục '" + entry.getName() + "' của Sổ theo dõi hồ sơ");
            assertThatThrownBy(in(repository, user, () -> repository.delete(entry))::run)
                    .hasMessageContaining("of the records audit register cannot be deleted")
                    .hasMessageContaining("Không được xóa mục");
            assertThatThrownBy(in(repository, user, () -> repository.delete(systemData.childByNamePath("Sổ theo dõi hồ sơ")))::run)
                    .as("nor the whole register")
                    .hasMessageContaining("cannot be deleted");
        }
        assertThat(entry.property("qms:auditDetail")).isEqualTo("Khiếu nại số 15/KN");
        assertThat(entry.exists()).isTrue();
    }

    @Test
    void anEntryMadeThroughTheRestApiGetsItsEmptyContentOnceAndNoOtherContent() {
        StandInNode folder = repository.as("thu", () -> systemData.createFolder("Sổ theo dõi hồ sơ"));
        StandInNode tombstone = repository.as("thu", () -> {
            StandInNode entry = repository.create(folder, "qms:auditEntry", "DESTROYED HS-2025-07", Map.of("qms:auditEvent", "DESTROYED",
                    "qms:auditFileCode", "HS-2025-07", "qms:auditDecisionNumber", "12/QĐ-UBND", "qms:auditRecordCount", 14));
            repository.writeContent(entry, ""); // NodesImpl.createNode: a new content node gets empty content
            return entry;
        });
        assertThat(tombstone.property("qms:auditRecordCount")).isEqualTo(14);
        assertThatThrownBy(in(repository, "thu", () -> repository.writeContent(tombstone, "sửa"))::run)
                .hasMessageContaining("of the records audit register cannot be given content")
                .hasMessageContaining("Không được gắn nội dung mục");
        assertThat(tombstone.property("cm:content")).isEqualTo("");
    }

    @Test
    void anEntryWrittenWithoutContentIsNotGivenContentLater() {
        placeHold("thu", minutes, "Khiếu nại số 15/KN");
        StandInNode entry = register().get(0);
        assertThat(entry.property("cm:content")).as("the repository's own entries have no content").isNull();
        for (String user : List.of("thu", "admin")) {
            assertThatThrownBy(in(repository, user, () -> repository.writeContent(entry, "Biên bản giả"))::run)
                    .as(user)
                    .hasMessageContaining("Entry '" + entry.getName() + "' of the records audit register cannot be given content");
        }
        assertThat(entry.property("cm:content")).isNull();
    }
}
