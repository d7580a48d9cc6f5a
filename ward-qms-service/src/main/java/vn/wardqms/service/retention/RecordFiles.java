package vn.wardqms.service.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeChildAssociationEntry;
import org.alfresco.core.model.NodeChildAssociationPaging;

/**
 * Legal holds as disposition sees them: a hold on a record file, or on any record in it, suspends the file's
 * disposition (it is not listed as due, and it is not destroyed).
 */
final class LegalHolds {
    static final String ASPECT = "qms:legalHold";
    private static final int PAGE = 100;

    private LegalHolds() {
    }

    /** The reason the file is held — its own hold, else the first held record's (named) — or null if nothing is held. */
    static String reason(NodesApi nodes, Node file) {
        if (isHeld(file)) {
            return String.valueOf(properties(file).get("qms:holdReason"));
        }
        for (Node record : records(nodes, file.getId())) {
            if (isHeld(record)) {
                return record.getName() + ": " + properties(record).get("qms:holdReason");
            }
        }
        return null;
    }

    /** The records of a file, every page, with their properties and aspects. */
    static List<Node> records(NodesApi nodes, String fileId) {
        return children(nodes, fileId, "(nodeType='qms:record')");
    }

    static List<Node> children(NodesApi nodes, String parentId, String where) {
        List<Node> all = new ArrayList<>();
        for (int skip = 0; ; skip += PAGE) {
            NodeChildAssociationPaging page = nodes.listNodeChildren(parentId, skip, PAGE, null, where, List.of("properties", "aspectNames"),
                    null, null, null).getBody();
            for (NodeChildAssociationEntry e : page.getList().getEntries()) {
                all.add(e.getEntry());
            }
            if (!Boolean.TRUE.equals(page.getList().getPagination().isHasMoreItems())) {
                return all;
            }
        }
    }

    private static boolean isHeld(Node node) {
        return node.getAspectNames() != null && node.getAspectNames().contains(ASPECT);
    }

    private static Map<?, ?> properties(Node node) {
        return node.getProperties() instanceof Map<?, ?> m ? m : Map.of();
    }
}
