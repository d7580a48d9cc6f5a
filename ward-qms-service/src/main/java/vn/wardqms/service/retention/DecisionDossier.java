package vn.wardqms.service.retention;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeAssociationEntry;

import vn.wardqms.service.lifecycle.GroupMembers;
import vn.wardqms.service.provisioning.SiteLayout;

/**
 * What the Law on Archives 2024 and TT 06/2025/TT-BNV ask of a decision before the service carries it out, read from
 * the repository and never assumed:
 * <ul>
 * <li>it is the competent person's: signed (qms:decisionSignerName), with a title (qms:decisionSignerTitle) that
 * decides for its authority (qms:decisionAuthority) among those configured in
 * {@code ward-qms.retention.competent-persons}; none configured, nothing is carried out;</li>
 * <li>a destruction has its dossier beside it (qms:decisionDossier), each part once, recorded by the quality
 * secretary group in Hồ sơ/Hồ sơ xét hủy tài liệu: the decision forming the council (number, date), the council's
 * minutes (date, members present — council members of the decision —, agreed), the appraisal opinion of the competent
 * archive body (number, date, issuer, agreed) and the explanatory note, none of them after the decision, the minutes
 * not before the council was formed.</li>
 * </ul>
 * Every problem is named, all at once, so the secretary completes the dossier in one go.
 */
final class DecisionDossier {
    /** TT 06/2025/TT-BNV: the records are destroyed within 15 days of the competent person's decision. */
    static final int DAYS_TO_DESTROY = 15;

    enum Part {
        COUNCIL_FORMATION("the decision forming the records destruction council", "quyết định thành lập Hội đồng xét hủy tài liệu lưu trữ"),
        COUNCIL_MINUTES("the minutes of the council's meeting", "biên bản họp Hội đồng xét hủy tài liệu lưu trữ"),
        APPRAISAL_OPINION("the appraisal opinion of the competent archive body", "văn bản thẩm định của cơ quan có thẩm quyền"),
        EXPLANATORY_NOTE("the explanatory note", "bản thuyết minh tài liệu hết thời hạn lưu trữ, trùng lặp");

        final String en;
        final String vi;

        Part(String en, String vi) {
            this.en = en;
            this.vi = vi;
        }

        String named() {
            return en + " (" + vi + ", " + name() + ")";
        }
    }

    private final NodesApi nodes;
    private final GroupMembers groups;
    private final Supplier<String> dossierFolder;
    private final List<RetentionProperties.CompetentPerson> competent;
    private final Clock clock;

    DecisionDossier(NodesApi nodes, GroupMembers groups, Supplier<String> dossierFolder, List<RetentionProperties.CompetentPerson> competent,
                    Clock clock) {
        this.nodes = nodes;
        this.groups = groups;
        this.dossierFolder = dossierFolder;
        this.competent = List.copyOf(competent);
        this.clock = clock;
    }

    /** Everything that keeps the decision from being carried out, each named; empty when nothing does. */
    List<String> problems(Node decision, String action) {
        Map<?, ?> d = props(decision);
        List<String> problems = new ArrayList<>(signerProblems(d));
        LocalDate decided = day(d.get("qms:decisionDate"));
        if (decided != null && decided.isAfter(LocalDate.now(clock))) {
            problems.add("the decision is dated " + decided + ", after today");
        }
        if (action.equals("DESTROY")) {
            problems.addAll(dossierProblems(decision, d, decided));
        }
        return problems;
    }

    /** The day by which the files of a destruction decided on {@code decided} are to be destroyed. */
    static LocalDate destroyBy(LocalDate decided) {
        return decided.plusDays(DAYS_TO_DESTROY);
    }

    private List<String> signerProblems(Map<?, ?> d) {
        List<String> problems = new ArrayList<>();
        String name = text(d.get("qms:decisionSignerName"));
        String title = text(d.get("qms:decisionSignerTitle"));
        String authority = text(d.get("qms:decisionAuthority"));
        if (name == null) {
            problems.add("the signer (qms:decisionSignerName) is missing");
        }
        if (title == null) {
            problems.add("the signer's title (qms:decisionSignerTitle) is missing");
        }
        if (authority == null) {
            problems.add("the deciding authority (qms:decisionAuthority) is missing");
        }
        if (competent.isEmpty()) {
            problems.add("no competent person is configured for the ward (ward-qms.retention.competent-persons): the records officer names"
                    + " who decides before any decision is carried out");
        } else if (title != null && authority != null && competent.stream().noneMatch(c -> same(c.authority(), authority)
                && c.titles().stream().anyMatch(t -> same(t, title)))) {
            problems.add("the signer, " + (name == null ? "" : name + ", ") + title + " of " + authority
                    + ", is not a competent person to decide (configured: " + describe(competent) + ")");
        }
        return problems;
    }

    private List<String> dossierProblems(Node decision, Map<?, ?> d, LocalDate decided) {
        List<String> problems = new ArrayList<>();
        Map<Part, List<Node>> parts = new LinkedHashMap<>();
        String folder = dossierFolder.get();
        for (NodeAssociationEntry e : nodes.listTargetAssociations(decision.getId(), "(assocType='qms:decisionDossier')",
                List.of("properties"), null, null, null).getBody().getList().getEntries()) {
            Node doc = e.getEntry();
            String creator = doc.getCreatedByUser() == null ? null : doc.getCreatedByUser().getId();
            if (!folder.equals(doc.getParentId())) {
                problems.add("dossier document '" + doc.getName() + "' is not in '" + SiteLayout.RECORDS + "/" + SiteLayout.DOSSIERS + "'");
                continue;
            }
            if (!groups.isMember(SiteLayout.SECRETARY, creator)) {
                problems.add("dossier document '" + doc.getName() + "' was recorded by " + creator + ", who is not a member of the quality"
                        + " secretary group " + SiteLayout.SECRETARY);
                continue;
            }
            Part part = part(props(doc).get("qms:dossierPart"));
            if (part == null) {
                problems.add("dossier document '" + doc.getName() + "' has no dossier part (qms:dossierPart)");
                continue;
            }
            parts.computeIfAbsent(part, p -> new ArrayList<>()).add(doc);
        }
        for (Part part : Part.values()) {
            List<Node> docs = parts.getOrDefault(part, List.of());
            if (docs.isEmpty()) {
                problems.add("the dossier lacks " + part.named());
            } else if (docs.size() > 1) {
                problems.add("the dossier holds " + docs.size() + " documents as " + part.named() + " ("
                        + String.join(", ", docs.stream().map(Node::getName).toList()) + "): link one");
            }
        }
        Node formation = only(parts, Part.COUNCIL_FORMATION);
        Node minutes = only(parts, Part.COUNCIL_MINUTES);
        Node appraisal = only(parts, Part.APPRAISAL_OPINION);
        Node note = only(parts, Part.EXPLANATORY_NOTE);
        LocalDate formed = formation == null ? null : required(problems, formation, Part.COUNCIL_FORMATION, "qms:dossierNumber", "qms:dossierDate");
        if (minutes != null) {
            LocalDate met = required(problems, minutes, Part.COUNCIL_MINUTES, "qms:dossierDate");
            agreed(problems, minutes, Part.COUNCIL_MINUTES);
            if (formed != null && met != null && met.isBefore(formed)) {
                problems.add(Part.COUNCIL_MINUTES.named() + " are dated " + met + ", before the council was formed on " + formed);
            }
            problems.addAll(attendanceProblems(props(minutes).get("qms:dossierAttendees"), d.get("qms:councilMembers")));
            notAfter(problems, Part.COUNCIL_MINUTES, met, decided);
        }
        if (appraisal != null) {
            LocalDate appraised = required(problems, appraisal, Part.APPRAISAL_OPINION, "qms:dossierNumber", "qms:dossierDate", "qms:dossierIssuer");
            agreed(problems, appraisal, Part.APPRAISAL_OPINION);
            notAfter(problems, Part.APPRAISAL_OPINION, appraised, decided);
        }
        if (note != null) {
            notAfter(problems, Part.EXPLANATORY_NOTE, day(props(note).get("qms:dossierDate")), decided);
        }
        notAfter(problems, Part.COUNCIL_FORMATION, formed, decided);
        return problems;
    }

    /** The minutes name who was present; each must be a member of the council the decision names. */
    private static List<String> attendanceProblems(Object attendees, Object members) {
        List<String> present = texts(attendees);
        if (present.isEmpty()) {
            return List.of(Part.COUNCIL_MINUTES.named() + " name no member present (qms:dossierAttendees)");
        }
        List<String> council = texts(members);
        List<String> strangers = present.stream().filter(a -> council.stream().noneMatch(m -> same(m, a) || same(personOf(m), a))).toList();
        if (strangers.isEmpty()) {
            return List.of();
        }
        return List.of(Part.COUNCIL_MINUTES.named() + " name " + String.join(", ", strangers)
                + " as present, who " + (strangers.size() == 1 ? "is not a member" : "are not members") + " of the council (qms:councilMembers)");
    }

    /** "Nguyễn Hoạt — Chủ tịch Hội đồng" names Nguyễn Hoạt. */
    private static String personOf(String member) {
        return member.split("\\s+[—–-]\\s+", 2)[0];
    }

    private static LocalDate required(List<String> problems, Node doc, Part part, String... keys) {
        Map<?, ?> p = props(doc);
        for (String key : keys) {
            if (text(p.get(key)) == null) {
                problems.add(part.named() + " ('" + doc.getName() + "') has no " + key);
            }
        }
        return day(p.get("qms:dossierDate"));
    }

    private static void agreed(List<String> problems, Node doc, Part part) {
        String outcome = text(props(doc).get("qms:dossierOutcome"));
        if (!"AGREED".equals(outcome)) {
            problems.add(part.named() + " ('" + doc.getName() + "') " + (outcome == null ? "records no conclusion (qms:dossierOutcome)"
                    : "did not agree to the destruction (" + outcome + ")"));
        }
    }

    private static void notAfter(List<String> problems, Part part, LocalDate date, LocalDate decided) {
        if (date != null && decided != null && date.isAfter(decided)) {
            problems.add(part.named() + " is dated " + date + ", after the decision of " + decided);
        }
    }

    private static Node only(Map<Part, List<Node>> parts, Part part) {
        List<Node> docs = parts.getOrDefault(part, List.of());
        return docs.size() == 1 ? docs.get(0) : null;
    }

    private static Part part(Object value) {
        for (Part p : Part.values()) {
            if (p.name().equals(String.valueOf(value))) {
                return p;
            }
        }
        return null;
    }

    private static String describe(List<RetentionProperties.CompetentPerson> competent) {
        return String.join("; ", competent.stream().map(c -> String.join(" or ", c.titles()) + " of " + c.authority()).toList());
    }

    /** The same words, whatever the case, spacing or Unicode composition. */
    static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A single or multiple text property as its non-empty values, stripped. */
    static List<String> texts(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> result.add(String.valueOf(v).strip()));
        } else if (value != null) {
            result.add(value.toString().strip());
        }
        result.removeIf(String::isEmpty);
        return result;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    static LocalDate day(Object value) {
        if (value == null || value.toString().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().substring(0, 10));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Map<?, ?> props(Node node) {
        return node.getProperties() instanceof Map<?, ?> m ? m : Map.of();
    }
}
