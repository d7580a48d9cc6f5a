package vn.wardqms.service.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.wardqms.service.config.QmsProperties;

/**
 * What the QMS site should look like (clause 7.5 of the quality manual as folders, groups, permissions and rules),
 * derived from the configuration. Pure data: provisioning compares it with the repository and creates what is
 * missing.
 */
public record SiteLayout(Site site, List<Group> groups, List<SiteGroup> siteGroups, List<Folder> folders) {

    public static final String STAFF = "GROUP_WARDQMS_STAFF";
    public static final String SECRETARY = "GROUP_WARDQMS_SECRETARY";
    public static final String REVIEWERS = "GROUP_WARDQMS_REVIEWERS";
    public static final String APPROVERS = "GROUP_WARDQMS_APPROVERS";

    /** Folder names (Vietnamese, as staff see them in Share and on the network drive). */
    public static final String INTERNAL = "Tài liệu nội bộ";
    public static final String EXTERNAL = "Tài liệu bên ngoài";
    public static final String DRAFTS = "Dự thảo";
    public static final String RECORDS = "Hồ sơ";
    public static final String OBSOLETE = "Tài liệu lỗi thời";
    /** The service's own data: document code claims (one folder per code). */
    public static final String SYSTEM = "Dữ liệu hệ thống QMS";
    public static final String CODE_CLAIMS = "Mã hiệu tài liệu";
    /**
     * Destruction and transfer decisions of the competent person (the records destruction council, Hội đồng xét hủy
     * tài liệu lưu trữ, advising), under the records area. The name, "appraisal" (xác định giá trị tài liệu), is kept:
     * the repository's rules find decisions by it.
     */
    public static final String APPRAISAL = "Xác định giá trị tài liệu";
    /** The destruction dossiers: the council's forming decision and minutes, appraisal opinions, explanatory notes. */
    public static final String DOSSIERS = "Hồ sơ xét hủy tài liệu";
    /** The records audit register: tombstones of destroyed files, transfers, holds placed and released. */
    public static final String AUDIT_REGISTER = "Sổ theo dõi hồ sơ";
    /** Daily reports of the service (register, amendment history, overdue reviews, outstanding acknowledgements). */
    public static final String REPORTS = "Báo cáo QMS";

    /** Kinds of internal document and their folders (qms:documentKind values). */
    public static final Map<String, String> KIND_FOLDERS = kindFolders();

    public record Site(String id, String title, String description, String visibility) {
    }

    /** @param id with the GROUP_ prefix; @param memberGroups groups that are members of this one */
    public record Group(String id, String displayName, List<String> memberGroups) {
    }

    public record SiteGroup(String groupId, String role) {
    }

    /**
     * @param path names from the document library down
     * @param inheritPermissions false where the area is restricted
     * @param permissions locally set, authority to role (ALLOWED)
     */
    public record Folder(List<String> path, String title, String description, boolean inheritPermissions,
                         Map<String, String> permissions, List<Rule> rules) {
        public String displayPath() {
            return String.join("/", path);
        }
    }

    /** An inbound folder rule: what content added here becomes. */
    public record Rule(String name, String description, List<Action> actions) {
    }

    public record Action(String definitionId, Map<String, Object> params) {
    }

    public static String unitGroup(QmsProperties.Unit unit) {
        return "GROUP_WARDQMS_UNIT_" + unit.id();
    }

    public static SiteLayout of(QmsProperties properties, int year) {
        Site site = new Site(properties.siteId(), "Hệ thống quản lý chất lượng (ISO 9001:2015)",
                "Tài liệu và hồ sơ của HTQLCL theo TCVN ISO 9001:2015 — QMS documents and records", "PRIVATE");

        List<Group> groups = new ArrayList<>();
        List<String> unitGroups = properties.units().stream().map(SiteLayout::unitGroup).toList();
        for (QmsProperties.Unit unit : properties.units()) {
            groups.add(new Group(unitGroup(unit), unit.name(), List.of()));
        }
        groups.add(new Group(STAFF, "Tất cả cán bộ (HTQLCL)", unitGroups));
        groups.add(new Group(SECRETARY, "Thư ký ISO", List.of()));
        groups.add(new Group(REVIEWERS, "Người xem xét tài liệu", List.of()));
        groups.add(new Group(APPROVERS, "Lãnh đạo phê duyệt", List.of()));

        List<SiteGroup> siteGroups = List.of(new SiteGroup(STAFF, "SiteConsumer"), new SiteGroup(REVIEWERS, "SiteConsumer"),
                new SiteGroup(APPROVERS, "SiteConsumer"), new SiteGroup(SECRETARY, "SiteManager"));

        List<Folder> folders = new ArrayList<>();
        folders.add(new Folder(List.of(INTERNAL), INTERNAL, "Tài liệu nội bộ đang hiệu lực — internal documents in force",
                true, grants(STAFF, "Consumer", SECRETARY, "Coordinator"), List.of()));
        for (Map.Entry<String, String> kind : KIND_FOLDERS.entrySet()) {
            folders.add(new Folder(List.of(INTERNAL, kind.getValue()), kind.getValue(), "qms:documentKind = " + kind.getKey(),
                    true, Map.of(), List.of()));
        }
        folders.add(new Folder(List.of(EXTERNAL), EXTERNAL, "Văn bản pháp luật, tiêu chuẩn áp dụng — external documents",
                true, grants(STAFF, "Consumer", SECRETARY, "Coordinator"),
                List.of(new Rule("ward-qms: external document", "Nội dung thêm vào đây là tài liệu bên ngoài — content added here is an external document",
                        List.of(specialise("qms:externalDocument"), setProperty("qms:documentKind", "EXTERNAL"))))));
        folders.add(new Folder(List.of(DRAFTS), DRAFTS, "Dự thảo tài liệu — drafts, not in force",
                true, grants(STAFF, "Contributor", REVIEWERS, "Consumer", APPROVERS, "Consumer", SECRETARY, "Coordinator"),
                List.of(new Rule("ward-qms: draft", "Nội dung thêm vào đây là dự thảo tài liệu được kiểm soát — content added here is a controlled document in DRAFT",
                        List.of(specialise("qms:controlledDocument"), setProperty("qms:lifecycleState", "DRAFT"))))));
        folders.add(new Folder(List.of(RECORDS), RECORDS, "Hồ sơ theo đơn vị và năm — records by unit and year",
                true, grants(SECRETARY, "Coordinator"), List.of()));
        for (QmsProperties.Unit unit : properties.units()) {
            Rule record = new Rule("ward-qms: record of " + unit.id(),
                    "Nội dung thêm vào đây là hồ sơ của " + unit.name() + " — content added here is a record of this unit",
                    List.of(specialise("qms:record"), setProperty("qms:ownerUnit", unit.name())));
            // Each unit's records are its own: inheritance is broken so other units do not see them.
            folders.add(new Folder(List.of(RECORDS, unit.name()), unit.name(), "Hồ sơ của " + unit.name(),
                    false, grants(unitGroup(unit), "Collaborator", SECRETARY, "Coordinator"), List.of(record)));
            folders.add(new Folder(List.of(RECORDS, unit.name(), String.valueOf(year)), String.valueOf(year),
                    "Hồ sơ năm " + year, true, Map.of(), List.of(record)));
        }
        folders.add(new Folder(List.of(OBSOLETE), OBSOLETE, "Tài liệu hết hiệu lực, chỉ Thư ký ISO và Lãnh đạo xem — obsolete documents, restricted",
                false, grants(SECRETARY, "Coordinator", APPROVERS, "Consumer"), List.of()));
        folders.add(new Folder(List.of(RECORDS, APPRAISAL), APPRAISAL,
                "Quyết định hủy hoặc nộp lưu tài liệu của người có thẩm quyền — the competent person's decisions (destruction, transfer)",
                false, grants(SECRETARY, "Coordinator", APPROVERS, "Consumer"),
                List.of(new Rule("ward-qms: council decision", "Nội dung thêm vào đây là quyết định của Hội đồng — content added here is a council decision",
                        List.of(specialise("qms:dispositionDecision"))))));
        // A sibling, not a child, of the decisions: the decisions' rule is inherited by subfolders and would type these.
        folders.add(new Folder(List.of(RECORDS, DOSSIERS), DOSSIERS,
                "Hồ sơ hủy tài liệu: quyết định thành lập Hội đồng, biên bản họp, văn bản thẩm định, bản thuyết minh — destruction dossiers",
                false, grants(SECRETARY, "Coordinator", APPROVERS, "Consumer"),
                List.of(new Rule("ward-qms: destruction dossier", "Nội dung thêm vào đây là văn bản của hồ sơ hủy tài liệu — content added here is a destruction dossier document",
                        List.of(specialise("qms:dossierDocument"))))));
        folders.add(new Folder(List.of(REPORTS), REPORTS, "Báo cáo do dịch vụ QMS lập hằng ngày, chỉ Thư ký ISO và Lãnh đạo xem — daily QMS reports, restricted",
                false, grants(SECRETARY, "Coordinator", APPROVERS, "Consumer"), List.of()));
        folders.add(new Folder(List.of(SYSTEM), SYSTEM, "Dữ liệu của dịch vụ QMS, không sửa tay — the QMS service's own data, do not edit",
                false, grants(SECRETARY, "Coordinator"), List.of()));
        folders.add(new Folder(List.of(SYSTEM, CODE_CLAIMS), CODE_CLAIMS,
                "Mỗi mã hiệu đã cấp là một thư mục — one folder per document code given out (unique by name)", true, Map.of(), List.of()));
        folders.add(new Folder(List.of(SYSTEM, AUDIT_REGISTER), AUDIT_REGISTER,
                "Sổ theo dõi hồ sơ: hồ sơ đã hủy, đã nộp lưu, tạm giữ — records audit register (tombstones, transfers, holds)", true, Map.of(), List.of()));
        return new SiteLayout(site, groups, siteGroups, folders);
    }

    private static Action specialise(String type) {
        return new Action("specialise-type", Map.of("type-name", type));
    }

    private static Action setProperty(String property, String value) {
        return new Action("set-property-value", Map.of("property", property, "value", value));
    }

    private static Map<String, String> grants(String... authorityRolePairs) {
        Map<String, String> grants = new LinkedHashMap<>();
        for (int i = 0; i < authorityRolePairs.length; i += 2) {
            grants.put(authorityRolePairs[i], authorityRolePairs[i + 1]);
        }
        return grants;
    }

    private static Map<String, String> kindFolders() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("MANUAL", "Sổ tay chất lượng");
        kinds.put("POLICY", "Chính sách chất lượng");
        kinds.put("PROCEDURE", "Quy trình");
        kinds.put("INSTRUCTION", "Hướng dẫn công việc");
        kinds.put("FORM", "Biểu mẫu");
        kinds.put("PLAN", "Kế hoạch");
        return kinds;
    }
}
