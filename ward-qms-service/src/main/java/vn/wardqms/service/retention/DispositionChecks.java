package vn.wardqms.service.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.search.handler.SearchApi;

import feign.FeignException;
import vn.wardqms.service.lifecycle.GroupMembers;
import vn.wardqms.service.provisioning.SiteLayout;
import vn.wardqms.service.reports.SearchPages;

/**
 * What the service proves before it carries out a disposition decision, and again before it disposes of each file,
 * whatever the decision's state says (an administrator can write it):
 * <ul>
 * <li>the decision was recorded where the council's are, in Hồ sơ/Xác định giá trị tài liệu, by a member of the
 * quality secretary group, and lists its files by code (qms:decisionFileCodes), each code one record file;</li>
 * <li>a file is disposed of only if it is closed, past its retention (qms:retainUntil before today, due or approved by
 * the council, for destruction not kept permanently), its disposition is the decision's, and nothing on it or in it
 * is on legal hold.</li>
 * </ul>
 */
final class DispositionChecks {
    private final NodesApi nodes;
    private final SearchApi search;
    private final GroupMembers groups;
    private final Supplier<String> appraisalFolder;
    private final Clock clock;

    DispositionChecks(NodesApi nodes, SearchApi search, GroupMembers groups, Supplier<String> appraisalFolder, Clock clock) {
        this.nodes = nodes;
        this.search = search;
        this.groups = groups;
        this.appraisalFolder = appraisalFolder;
        this.clock = clock;
    }

    /** Why the decision may not be carried out at all, or null. */
    String decisionRefusal(Node decision) {
        if (!appraisalFolder.get().equals(decision.getParentId())) {
            return "it is not in '" + SiteLayout.RECORDS + "/" + SiteLayout.APPRAISAL + "', where the council's decisions are recorded";
        }
        String creator = decision.getCreatedByUser() == null ? null : decision.getCreatedByUser().getId();
        if (!groups.isMember(SiteLayout.SECRETARY, creator)) {
            return "it was recorded by " + creator + ", who is not a member of the quality secretary group " + SiteLayout.SECRETARY;
        }
        if (fileCodes(decision).isEmpty()) {
            return "it lists no file (qms:decisionFileCodes): give the codes of the files the council decided on";
        }
        return null;
    }

    /** The codes the decision lists, as written. */
    static List<String> fileCodes(Node decision) {
        return DecisionDossier.texts(decision.getProperties() instanceof Map<?, ?> p ? p.get("qms:decisionFileCodes") : null);
    }

    /**
     * The record file of each listed code; a code with several files refuses the decision, naming it, and so does a
     * code with none before the decision is carried out ({@code underWay} false) — once under way, a file already
     * destroyed by it is simply gone.
     */
    List<Node> resolve(Node decision, String number, boolean underWay) {
        List<Node> files = new ArrayList<>();
        for (String code : fileCodes(decision)) {
            if (!code.matches("[\\p{L}\\p{N}._/-]{1,60}")) {
                throw new IllegalStateException("decision " + number + " lists '" + code + "', which is not a file code: nothing was done");
            }
            List<String> ids = new ArrayList<>();
            Iterator<SearchPages.Hit> hits = SearchPages.of(search, "TYPE:'qms:recordFolder' AND =qms:fileCode:'" + code + "'");
            hits.forEachRemaining(h -> ids.add(h.id()));
            if (ids.isEmpty() && underWay) {
                continue;
            }
            if (ids.size() != 1) {
                throw new IllegalStateException("decision " + number + " lists file " + code + ", which is " + (ids.isEmpty() ? "no" : ids.size())
                        + " record file(s) in the repository: nothing was done");
            }
            Node file = read(ids.get(0));
            if (file == null && underWay) {
                continue;
            }
            if (file == null) {
                throw new IllegalStateException("decision " + number + " lists file " + code + ", which is gone: nothing was done");
            }
            files.add(file);
        }
        return files;
    }

    /** Why the file may not be disposed of under {@code action} now, legal holds aside (see {@link #holdOn}), or null. */
    String fileRefusal(Node file, String action) {
        Map<?, ?> f = file.getProperties() instanceof Map<?, ?> m ? m : Map.of();
        if (!"CLOSED".equals(String.valueOf(f.get("qms:fileState")))) {
            return "is not closed";
        }
        if (!action.equals(String.valueOf(f.get("qms:dispositionAction")))) {
            return "is to be " + f.get("qms:dispositionAction") + " by the retention schedule, not " + action;
        }
        String status = String.valueOf(f.get("qms:dispositionStatus"));
        LocalDate until = DecisionDossier.day(f.get("qms:retainUntil"));
        boolean permanent = "true".equals(String.valueOf(f.get("qms:retentionPermanent")));
        if (action.equals("DESTROY") && permanent) {
            return "is kept permanently";
        }
        if ((!status.equals("DUE") && !status.equals("COUNCIL_APPROVED")) || until == null || !until.isBefore(LocalDate.now(clock))) {
            return "is not past its retention (status " + status + ", kept until " + f.get("qms:retainUntil") + ")";
        }
        return null;
    }

    /** The hold on the file or on anything in it, or null. */
    String holdOn(Node file) {
        return RecordFiles.holdReason(nodes, file);
    }

    Node read(String id) {
        try {
            return nodes.getNode(id, List.of("properties", "aspectNames"), null, null).getBody().getEntry();
        } catch (FeignException.NotFound e) {
            return null;
        }
    }
}
