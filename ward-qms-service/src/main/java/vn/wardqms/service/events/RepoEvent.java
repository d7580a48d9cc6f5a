package vn.wardqms.service.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A repository event, in our own types (the SDK's event model is not on Maven Central). Only what the service
 * uses is kept; everything in it has been checked by {@link EventParser}.
 *
 * @param node the node of a node event (for an update: its state after), else null
 * @param nodeBefore for an update: only the members that changed, as they were
 * @param association the association of an association event, else null
 */
public record RepoEvent(String id, EventType type, String source, OffsetDateTime time, String eventGroupId,
                        NodeResource node, NodeResource nodeBefore, Association association) {

    /** @param properties values as JSON gives them (strings, numbers, booleans, lists) */
    public record NodeResource(String id, String name, String nodeType, Set<String> aspectNames,
                               Map<String, Object> properties, List<String> primaryHierarchy) {
    }

    /** A child (parent to child) or peer (source to target) association. */
    public record Association(String assocType, String fromId, String toId) {
    }

    /**
     * Whether a node event concerns the QMS: the node's type or an aspect is a qms one, now or before the change
     * (a folder rule turning cm:content into qms:controlledDocument shows as cm:content before). Association events
     * carry no types; they are left to the handlers.
     */
    public boolean involvesQms() {
        if (!type.isNodeEvent()) {
            return true;
        }
        return isQms(node) || isQms(nodeBefore);
    }

    private static boolean isQms(NodeResource resource) {
        if (resource == null) {
            return false;
        }
        return (resource.nodeType() != null && resource.nodeType().startsWith("qms:"))
                || resource.aspectNames().stream().anyMatch(a -> a.startsWith("qms:"));
    }

    /** The node the event is about: the node itself, or the child / target of an association. */
    public String subjectNodeId() {
        if (node != null) {
            return node.id();
        }
        return association == null ? null : association.toId();
    }
}
