package vn.wardqms.platform.records;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import vn.wardqms.platform.workflow.standin.StandInNode;
import vn.wardqms.platform.workflow.standin.StandInRepository;

/**
 * The records area of a QMS site, as the QMS service provisions it, for the records tests: a unit's records folder with
 * an open file HS-2026-01 of two records, Xác định giá trị tài liệu for the council's decisions, Dữ liệu hệ thống QMS for
 * the records audit register, and the people. thu is the quality secretary (Coordinator of the QMS areas),
 * ward-qms-service the QMS service's account (a member of the secretary group, the one account the retention and
 * disposition guards let through), lan a member of staff (Collaborator in her unit's records folder), admin the
 * administrator. The shipped behaviours run in Rhino whenever the stand-in's node service fires their policies.
 */
abstract class RecordsSite {
    protected static final String MODULE = "alfresco/module/ward-qms-platform/";
    static final String SERVICE = "ward-qms-service";

    protected StandInRepository repository;
    protected StandInNode library;
    protected StandInNode systemData;
    protected StandInNode unitRecords;
    protected StandInNode decisions;
    protected StandInNode file;
    protected StandInNode minutes;
    protected StandInNode report;

    @BeforeEach
    void provision() {
        Path classes = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target/classes");
        repository = new StandInRepository(classes.resolve(MODULE + "model/qmsModel.xml"));
        repository.person("thu", "Phạm Thị", "Thu", "Thư ký ISO");
        repository.person("lan", "Trần Thị", "Lan", "Chuyên viên");
        repository.person(SERVICE, "Dịch vụ", "QMS", "");
        repository.person("admin", "Quản trị", "viên", "");
        repository.group("GROUP_WARDQMS_SECRETARY", "thu", SERVICE);
        repository.group(StandInRepository.ADMINISTRATORS, "admin");
        repository.group("GROUP_WARDQMS_STAFF", "thu", "lan");
        library = repository.site("ward-qms");
        repository.grant(library, "GROUP_WARDQMS_STAFF", "Consumer");
        systemData = repository.folder(library, "Dữ liệu hệ thống QMS");
        repository.inheritPermissions(systemData, false);
        repository.grant(systemData, "GROUP_WARDQMS_SECRETARY", "Coordinator");
        StandInNode records = repository.folder(library, "Hồ sơ");
        unitRecords = repository.folder(records, "Văn phòng HĐND và UBND");
        repository.grant(unitRecords, "GROUP_WARDQMS_SECRETARY", "Coordinator");
        repository.grant(unitRecords, "lan", "Collaborator");
        decisions = repository.folder(records, "Xác định giá trị tài liệu");
        repository.grant(decisions, "GROUP_WARDQMS_SECRETARY", "Coordinator");

        file = newFile("HS-2026-01", "Hồ sơ tiếp công dân năm 2026");
        minutes = newRecord(file, "Biên bản tiếp công dân 05-01.pdf");
        report = newRecord(file, "Báo cáo tháng 1.pdf");
    }

    protected StandInNode newFile(String code, String title) {
        return repository.as("lan", () -> repository.create(unitRecords, "qms:recordFolder", code, Map.of(
                "qms:fileCode", code, "qms:fileYear", 2026, "qms:fileCreator", "Trần Thị Lan", "cm:title", title,
                "qms:ownerUnit", "Văn phòng HĐND và UBND", "qms:recordTypeCode", "VP.05")));
    }

    protected StandInNode newRecord(StandInNode parent, String name) {
        return repository.as("lan", () -> {
            StandInNode record = repository.create(parent, "qms:record", name, Map.of("cm:title", name, "qms:ownerUnit", "Văn phòng HĐND và UBND"));
            repository.writeContent(record, "nội dung " + name);
            return record;
        });
    }

    /** Closing and classifying, as the QMS service does (FileClosingHandler): the file closed, then its retention everywhere. */
    protected void close(StandInNode closing) {
        repository.as(SERVICE, () -> {
            repository.updateProperties(closing, Map.of("qms:fileState", "CLOSED", "qms:fileClosedOn", new Date()));
            Map<String, Object> retention = Map.of("qms:recordTypeCode", "VP.05", "qms:retentionStart", new Date(),
                    "qms:retainUntil", new Date(), "qms:retentionYears", 10, "qms:retentionPermanent", false,
                    "qms:dispositionAction", "DESTROY", "qms:retentionTrigger", "FILE_CLOSED");
            for (StandInNode child : closing.getChildren()) {
                repository.updateProperties(child, retention);
            }
            repository.updateProperties(closing, retention);
            return null;
        });
    }

    protected void approveDisposition(StandInNode approved) {
        repository.as(SERVICE, () -> {
            repository.updateProperties(approved, Map.of("qms:dispositionStatus", "COUNCIL_APPROVED"));
            return null;
        });
    }

    /**
     * A decision of the council being carried out: recorded by the quality secretary in Xác định giá trị tài liệu with
     * the codes of its files, then, as the QMS service does (DispositionRun), linked to those files and EXECUTING.
     */
    protected StandInNode decision(String number, String action, StandInNode... covered) {
        return carriedOut(recorded("thu", decisions, number, action, covered), covered);
    }

    protected StandInNode recorded(String by, StandInNode folder, String number, String action, StandInNode... covered) {
        List<String> codes = Arrays.stream(covered).map(c -> String.valueOf(c.property("qms:fileCode"))).toList();
        return repository.as(by, () -> repository.create(folder, "qms:dispositionDecision", "Quyết định " + number.replace('/', '-'),
                Map.of("qms:decisionNumber", number, "qms:decisionDate", new Date(), "qms:decisionAction", action,
                        "qms:decisionFileCodes", codes, "qms:councilMembers", List.of("Nguyễn Hoạt", "Phạm Thị Thu", "Lê Văn Minh"),
                        "cm:title", "Hủy tài liệu hết thời hạn lưu trữ, trùng lặp")));
    }

    protected StandInNode carriedOut(StandInNode d, StandInNode... covered) {
        return repository.as(SERVICE, () -> {
            for (StandInNode c : covered) {
                d.createAssociation(c, "qms:decisionCovers");
            }
            repository.updateProperties(d, Map.of("qms:decisionState", "EXECUTING"));
            return d;
        });
    }

    protected void placeHold(String user, StandInNode node, String reason) {
        repository.as(user, () -> {
            repository.addAspect(node, "qms:legalHold", Map.of("qms:holdReason", reason));
            return null;
        });
    }

    protected List<StandInNode> register() {
        StandInNode folder = systemData.childByNamePath("Sổ theo dõi hồ sơ");
        return folder == null ? List.of() : Arrays.asList(folder.getChildren());
    }

    protected static Runnable in(StandInRepository repository, String user, Runnable work) {
        return () -> repository.as(user, () -> {
            work.run();
            return null;
        });
    }
}
