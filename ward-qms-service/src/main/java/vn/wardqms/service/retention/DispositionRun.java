package vn.wardqms.service.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.AssociationBody;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeAssociationEntry;
import org.alfresco.core.model.NodeBodyCreate;
import org.alfresco.core.model.NodeBodyUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import feign.FeignException;
import vn.wardqms.service.events.CurrentStateHandler;
import vn.wardqms.service.events.RepoEvent;

/**
 * Carries out a decision of the competent person (qms:dispositionDecision: number, date, signer, authority, council
 * members, the codes of its files in qms:decisionFileCodes, DESTROY or TRANSFER), exactly for those files, resumably:
 * <ol>
 * <li>the decision must have been recorded in Xác định giá trị tài liệu by the quality secretary group, and each code
 * must be one record file ({@link DispositionChecks}); its signer must be a competent person and a destruction's
 * dossier complete ({@link DecisionDossier}); every file is checked — closed, its disposition the decision's, its
 * retention ended — and a decision with one that is not is refused whole, naming what is wrong, before anything is
 * written; then the service links the files (qms:decisionCovers, which only it may) and the decision is EXECUTING;</li>
 * <li>whatever the decision's state, each file is checked again just before it is destroyed or transferred, and one
 * that no longer passes, or is held, is left with a CANCELLED entry saying why; a file linked to the decision but not
 * listed in it is never touched;</li>
 * <li>DESTROY, file by file: a file (or a record in it) under legal hold is left and the hold logged as the reason
 * (a hold placed during the run wins: the file is read again just before it goes, and the repository refuses to
 * delete a held file); otherwise an entry DESTROYING (qms:auditEntry with code, title, year, retention, number of
 * records, decision) is written before the file is deleted and an entry DESTROYED, its tombstone, after — so no file
 * goes without its entry, and none is recorded as destroyed that still exists (the register is append-only); a
 * destruction more than 15 days after the decision is logged as a warning and noted in its entries;</li>
 * <li>TRANSFER: each file is marked TRANSFERRED with its entry;</li>
 * <li>the papers ({@link DispositionPapers}) are written from the entries, and the decision is COMPLETED.</li>
 * </ol>
 * A run that fails half-way is finished by the next event or sweep from the entries it finds.
 */
public class DispositionRun extends CurrentStateHandler {
    public static final String QUERY = "TYPE:'qms:dispositionDecision' AND (=qms:decisionState:'RECORDED' OR =qms:decisionState:'EXECUTING')";
    private static final Logger log = LoggerFactory.getLogger(DispositionRun.class);

    private final Supplier<String> auditRegister;
    private final String account;
    private final Clock clock;
    private final DispositionChecks checks;
    private final DecisionDossier dossier;
    private final DispositionPapers papers;

    DispositionRun(NodesApi nodes, Supplier<String> auditRegister, String account, Clock clock, DispositionChecks checks,
                   DecisionDossier dossier, DispositionPapers papers) {
        super(nodes);
        this.checks = checks;
        this.dossier = dossier;
        this.papers = papers;
        this.auditRegister = auditRegister;
        this.account = account;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "disposition-run";
    }

    @Override
    public boolean wants(RepoEvent event) {
        return event.node() != null && "qms:dispositionDecision".equals(event.node().nodeType());
    }

    @Override
    public String reconciliationQuery() {
        return QUERY;
    }

    @Override
    protected boolean needsAction(Node decision) {
        Map<?, ?> p = props(decision);
        String state = String.valueOf(p.get("qms:decisionState"));
        return "qms:dispositionDecision".equals(decision.getNodeType()) && (state.equals("RECORDED") || state.equals("EXECUTING"))
                && p.get("qms:decisionNumber") != null && p.get("qms:decisionDate") != null && p.get("qms:decisionAction") != null;
    }

    @Override
    protected void act(Node decision) {
        Map<?, ?> d = props(decision);
        String number = d.get("qms:decisionNumber").toString();
        String action = d.get("qms:decisionAction").toString();
        String refusal = checks.decisionRefusal(decision);
        if (refusal != null) {
            throw new IllegalStateException("decision " + number + " is not carried out, nothing was done: " + refusal);
        }
        boolean recorded = String.valueOf(d.get("qms:decisionState")).equals("RECORDED");
        LocalDate decided = DecisionDossier.day(d.get("qms:decisionDate"));
        boolean late = action.equals("DESTROY") && decided != null && LocalDate.now(clock).isAfter(DecisionDossier.destroyBy(decided));
        // Checked in every state: a decision an administrator wrote straight into EXECUTING has proven nothing.
        List<String> problems = dossier.problems(decision, action);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("decision " + number + (recorded ? " is not carried out, nothing was done: "
                    : " is not carried on (what it already did is in the register): ") + String.join("; ", problems)
                    + (late ? "; and the " + DecisionDossier.DAYS_TO_DESTROY + " days to destroy the files ended on "
                    + DecisionDossier.destroyBy(decided) : ""));
        }
        if (late) {
            log.warn("decision {} is carried out after the {} days the law allows: the files were to be destroyed by {}; the minutes of"
                    + " destruction say so", number, DecisionDossier.DAYS_TO_DESTROY, DecisionDossier.destroyBy(decided));
        }
        List<Node> files = checks.resolve(decision, number, !recorded);
        if (recorded) {
            for (Node f : files) {
                String problem = checks.fileRefusal(f, action);
                if (problem != null) {
                    throw new IllegalStateException("decision " + number + " cannot be carried out, nothing was done: file "
                            + props(f).get("qms:fileCode") + " (" + f.getId() + ") " + problem);
                }
            }
            linkFiles(decision.getId(), files);
            update(decision.getId(), Map.of("qms:decisionState", "EXECUTING"));
        }
        String folder = entriesFolder(number);
        Map<String, Map<String, Node>> entries = entries(folder);
        // An earlier run that stopped after a deletion and before its entry: the file is gone, so it was destroyed.
        for (Map.Entry<String, Map<String, Node>> subject : entries.entrySet()) {
            Map<String, Node> events = subject.getValue();
            if (events.containsKey("DESTROYING") && !isFinal(events) && !exists(subject.getKey())) {
                append(folder, events.get("DESTROYING"), "DESTROYED", null, entries);
            }
        }
        String lateness = late ? " (chậm: quá " + DecisionDossier.DAYS_TO_DESTROY + " ngày kể từ ngày quyết định, hạn " + DecisionDossier.destroyBy(decided)
                + " — late: past the " + DecisionDossier.DAYS_TO_DESTROY + " days after the decision, due by " + DecisionDossier.destroyBy(decided) + ")" : "";
        for (Node file : files) {
            if (action.equals("DESTROY")) {
                destroy(number, folder, file, entries, lateness);
            } else {
                transfer(number, folder, file, entries);
            }
        }
        papers.write(decision, number, action, folder, entries(folder).values().stream().flatMap(m -> m.values().stream()).toList());
        update(decision.getId(), Map.of("qms:decisionState", "COMPLETED"));
        log.info("decision {} ({}) carried out", number, action);
    }

    /** The decision's files linked to it (qms:decisionCovers), as the service alone may link them. */
    private void linkFiles(String decisionId, List<Node> files) {
        List<String> linked = covered(decisionId).stream().map(Node::getId).toList();
        for (Node f : files) {
            if (!linked.contains(f.getId())) {
                nodes().createAssociation(decisionId, new AssociationBody().targetId(f.getId()).assocType("qms:decisionCovers"), null);
            }
        }
    }

    private void destroy(String number, String folder, Node listed, Map<String, Map<String, Node>> entries, String lateness) {
        Node file = read(listed.getId());
        if (file == null || isFinal(entries.getOrDefault(listed.getId(), Map.of()))) {
            return;
        }
        Map<?, ?> f = props(file);
        String unfit = checks.fileRefusal(file, "DESTROY");
        if (unfit != null) {
            write(folder, file, entries, "CANCELLED", number, "Không hủy — not destroyed: the file " + unfit);
            return;
        }
        String hold = hold(file);
        if (hold != null) {
            write(folder, file, entries, "CANCELLED", number, "Tạm giữ, không hủy — legal hold, not destroyed: " + hold);
            return;
        }
        if (!"COUNCIL_APPROVED".equals(String.valueOf(f.get("qms:dispositionStatus")))) {
            update(file.getId(), Map.of("qms:dispositionStatus", "COUNCIL_APPROVED"));
        }
        Node intent = write(folder, file, entries, "DESTROYING", number, "Hủy theo quyết định " + number + " — to be destroyed by decision " + number);
        // Read again just before it goes: a hold placed meanwhile wins (and the repository refuses to delete a held file).
        Node now = read(file.getId());
        String lateUnfit = now == null ? null : checks.fileRefusal(now, "DESTROY");
        if (lateUnfit != null) {
            append(folder, intent, "CANCELLED", "Không hủy — not destroyed: the file " + lateUnfit, entries);
            return;
        }
        String lateHold = now == null ? null : hold(now);
        if (lateHold != null) {
            append(folder, intent, "CANCELLED", "Tạm giữ, không hủy — legal hold, not destroyed: " + lateHold, entries);
            return;
        }
        if (now != null) {
            try {
                nodes().deleteNode(file.getId(), true);
            } catch (FeignException e) {
                Node after = read(file.getId());
                String refusedFor = after == null ? null : hold(after);
                if (refusedFor == null) {
                    throw e;
                }
                append(folder, intent, "CANCELLED", "Tạm giữ, không hủy — legal hold, not destroyed: " + refusedFor, entries);
                return;
            }
        }
        append(folder, intent, "DESTROYED", "Đã hủy theo quyết định " + number + " — destroyed by decision " + number + lateness, entries);
    }

    /** A transfer is checked as a destruction is: the file still fit, nothing in it held, else CANCELLED with why. */
    private void transfer(String number, String folder, Node listed, Map<String, Map<String, Node>> entries) {
        Node file = read(listed.getId());
        Map<String, Node> events = entries.getOrDefault(listed.getId(), Map.of());
        if (file == null || events.containsKey("CANCELLED")) {
            return;
        }
        if (!events.containsKey("TRANSFERRED")) {
            String unfit = checks.fileRefusal(file, "TRANSFER");
            String hold = unfit == null ? hold(file) : null;
            if (unfit != null || hold != null) {
                write(folder, file, entries, "CANCELLED", number, unfit != null ? "Không nộp lưu — not transferred: the file " + unfit
                        : "Tạm giữ, không nộp lưu — legal hold, not transferred: " + hold);
                return;
            }
            write(folder, file, entries, "TRANSFERRED", number, "Nộp lưu theo quyết định " + number + " — transferred by decision " + number);
        }
        if (!"TRANSFERRED".equals(String.valueOf(props(file).get("qms:dispositionStatus")))) {
            update(file.getId(), Map.of("qms:dispositionStatus", "TRANSFERRED"));
        }
    }

    private static boolean isFinal(Map<String, Node> events) {
        return events.containsKey("DESTROYED") || events.containsKey("CANCELLED") || events.containsKey("TRANSFERRED");
    }

    /** The file's hold reason, or that of a record in it, or null. */
    private String hold(Node file) {
        return RecordFiles.holdReason(nodes(), file);
    }

    /**
     * Writes (or finds) one event of a file in this decision's part of the register. The register is append-only (the
     * repository refuses to change an entry): each event is its own entry, named after the file and the event.
     */
    private Node write(String folder, Node file, Map<String, Map<String, Node>> entries, String event, String number, String detail) {
        Node existing = entries.getOrDefault(file.getId(), Map.of()).get(event);
        if (existing != null) {
            return existing;
        }
        Map<?, ?> f = props(file);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("qms:auditEvent", event);
        p.put("qms:auditSubjectId", file.getId());
        p.put("qms:auditFileCode", String.valueOf(f.get("qms:fileCode")));
        p.put("qms:auditTitle", f.get("cm:title") == null ? file.getName() : f.get("cm:title").toString());
        if (f.get("qms:fileYear") != null) {
            p.put("qms:auditFileYear", String.valueOf((int) Double.parseDouble(f.get("qms:fileYear").toString())));
        }
        p.put("qms:auditRecordTypeCode", String.valueOf(f.get("qms:recordTypeCode")));
        p.put("qms:auditRetention", "true".equals(String.valueOf(f.get("qms:retentionPermanent"))) ? "Vĩnh viễn"
                : f.get("qms:retentionYears") == null ? "" : (int) Double.parseDouble(f.get("qms:retentionYears").toString()) + " năm");
        p.put("qms:auditRecordCount", String.valueOf(children(file.getId(), "(nodeType='qms:record')").size()));
        p.put("qms:auditDecisionNumber", number);
        p.put("qms:auditDetail", detail);
        return create(folder, file.getId(), event, p, entries);
    }

    /** The next event of a file from its earlier entry (the file itself may be gone by then). */
    private Node append(String folder, Node earlier, String event, String detail, Map<String, Map<String, Node>> entries) {
        Map<?, ?> e = props(earlier);
        String subject = String.valueOf(e.get("qms:auditSubjectId"));
        Node existing = entries.getOrDefault(subject, Map.of()).get(event);
        if (existing != null) {
            return existing;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        for (String key : List.of("qms:auditSubjectId", "qms:auditFileCode", "qms:auditTitle", "qms:auditFileYear", "qms:auditRecordTypeCode",
                "qms:auditRetention", "qms:auditRecordCount", "qms:auditDecisionNumber")) {
            if (e.get(key) != null) {
                p.put(key, e.get(key).toString().replaceAll("\\.0$", ""));
            }
        }
        p.put("qms:auditEvent", event);
        p.put("qms:auditDetail", detail != null ? detail : "Đã hủy — destroyed (the file is gone)");
        return create(folder, subject, event, p, entries);
    }

    private Node create(String folder, String subject, String event, Map<String, Object> p, Map<String, Map<String, Node>> entries) {
        p.put("qms:auditAt", OffsetDateTime.now(clock).toString());
        p.put("qms:auditBy", account);
        String name = subject + " " + event;
        Node created;
        try {
            created = nodes().createNode(folder, new NodeBodyCreate().name(name).nodeType("qms:auditEntry").properties(p),
                    null, null, null, List.of("properties"), null).getBody().getEntry();
        } catch (FeignException.Conflict e) {
            created = nodes().getNode(folder, List.of("properties"), name, null).getBody().getEntry();
        }
        entries.computeIfAbsent(subject, k -> new LinkedHashMap<>()).put(event, created);
        return created;
    }

    /** The register's folder for one decision (made if missing): its entries and its certificate. */
    private String entriesFolder(String number) {
        String register = auditRegister.get();
        String name = "QĐ " + DispositionPapers.safe(number);
        try {
            return nodes().getNode(register, null, name, null).getBody().getEntry().getId();
        } catch (FeignException.NotFound e) {
            try {
                return nodes().createNode(register, new NodeBodyCreate().name(name).nodeType("cm:folder"), null, null, null, null, null)
                        .getBody().getEntry().getId();
            } catch (FeignException.Conflict raced) {
                return nodes().getNode(register, null, name, null).getBody().getEntry().getId();
            }
        }
    }

    /** A decision's entries: by the id of their file, then by event. */
    private Map<String, Map<String, Node>> entries(String folder) {
        Map<String, Map<String, Node>> entries = new LinkedHashMap<>();
        for (Node n : children(folder, "(nodeType='qms:auditEntry')")) {
            Map<?, ?> p = props(n);
            entries.computeIfAbsent(String.valueOf(p.get("qms:auditSubjectId")), k -> new LinkedHashMap<>()).put(String.valueOf(p.get("qms:auditEvent")), n);
        }
        return entries;
    }

    private List<Node> covered(String decisionId) {
        List<Node> files = new ArrayList<>();
        for (NodeAssociationEntry e : nodes().listTargetAssociations(decisionId, "(assocType='qms:decisionCovers')",
                List.of("properties", "aspectNames"), null, null, null).getBody().getList().getEntries()) {
            files.add(e.getEntry());
        }
        files.sort(java.util.Comparator.comparing(f -> String.valueOf(props(f).get("qms:fileCode"))));
        return files;
    }

    private List<Node> children(String parent, String where) {
        return RecordFiles.children(nodes(), parent, where);
    }

    private Node read(String id) {
        try {
            return nodes().getNode(id, List.of("properties", "aspectNames"), null, null).getBody().getEntry();
        } catch (FeignException.NotFound e) {
            return null;
        }
    }

    private boolean exists(String id) {
        return read(id) != null;
    }

    private void update(String id, Map<String, Object> properties) {
        nodes().updateNode(id, new NodeBodyUpdate().properties(properties), null, null);
    }

    private static Map<?, ?> props(Node node) {
        return node.getProperties() instanceof Map<?, ?> m ? m : Map.of();
    }
}
