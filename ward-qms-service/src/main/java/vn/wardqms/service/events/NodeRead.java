package vn.wardqms.service.events;

import java.util.Optional;
import java.util.function.Function;

import org.alfresco.core.model.Node;

/**
 * A node's current state, read from the repository on first use and shared by the handlers of one event; a handler
 * that changed the node {@link #forget()}s it, so the next one reads the node again.
 */
public final class NodeRead {
    private final String nodeId;
    private final Function<String, Optional<Node>> reader;
    private Optional<Node> current;

    public NodeRead(String nodeId, Function<String, Optional<Node>> reader) {
        this.nodeId = nodeId;
        this.reader = reader;
    }

    /** The node as it is now (empty if it is gone), read at most once until forgotten. */
    public Optional<Node> get() {
        if (current == null) {
            current = reader.apply(nodeId);
        }
        return current;
    }

    /** What was read is stale (a handler changed the node). */
    public void forget() {
        current = null;
    }
}
