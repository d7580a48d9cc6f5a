package vn.wardqms.service.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeChildAssociationEntry;
import org.alfresco.core.model.NodeChildAssociationPaging;

/**
 * A record file's contents as the retention handlers read them, and its legal holds: a hold on a record file, or on
 * any record in it, suspends the file's disposition (it is not listed as due, and it is not destroyed).
 */
final class RecordFiles {
    static final String HOLD = "qms:legalHold";
    private static final int PAGE = 100;

    private RecordFiles() {
    }

    /**
     * The reason the file is held — its own hold, else that of the first held node in it, subfolders included (named)
     * — or null if nothing in it is held.
     */
    static String holdReason(NodesApi nodes, Node file) {
        if (isHeld(file)) {
            return String.valueOf(properties(file).get("qms:holdReason"));
        }
        return heldWithin(nodes, file.getId());
    }

    private static String heldWithin(NodesApi nodes, String folderId) {
        for (Node child : children(nodes, folderId, null)) {
            if (isHeld(child)) {
                return child.getName() + ": " + properties(child).get("qms:holdReason");
            }
            if (Boolean.TRUE.equals(child.isIsFolder())) {
                String held = heldWithin(nodes, child.getId());
                if (held != null) {
                    return held;
                }
            }
        }
        return null;
    }

    /** The records of a file, every page, with their properties and aspects. */
    static List<Node> records(NodesApi nodes, String fileId) {
        return children(nodes, fileId, "(nodeType='qms:record')");
    }

    /** The children of a node that match {@code where} (the REST API's filter), every page, with properties and aspects. */
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
        return node.getAspectNames() != null && node.getAspectNames().contains(HOLD);
    }

    private static Map<?, ?> properties(Node node) {
        return node.getProperties() instanceof Map<?, ?> m ? m : Map.of();
    }
}
