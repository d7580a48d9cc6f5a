package vn.wardqms.service.events;

import java.util.List;
import java.util.Optional;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;

import feign.FeignException;

/**
 * The shape every QMS handler takes: whatever the event or the sweep said, read the node as it is now and act only
 * if that state still calls for it. A node that is gone, or that another run already handled, needs nothing: the
 * handler is idempotent and safe with duplicated, late or out-of-order events.
 */
public abstract class CurrentStateHandler implements QmsNodeHandler {
    private static final List<String> INCLUDE = List.of("properties", "aspectNames", "permissions");

    private final NodesApi nodes;

    protected CurrentStateHandler(NodesApi nodes) {
        this.nodes = nodes;
    }

    @Override
    public final boolean handle(String nodeId) {
        Optional<Node> current = read(nodeId);
        if (current.isEmpty() || !needsAction(current.get())) {
            return false;
        }
        act(current.get());
        return true;
    }

    /** Whether the node, as it is now, calls for this handler's action. */
    protected abstract boolean needsAction(Node current);

    /** Brings the node to where it should be; afterwards {@link #needsAction} is false for it. */
    protected abstract void act(Node current);

    protected NodesApi nodes() {
        return nodes;
    }

    private Optional<Node> read(String nodeId) {
        try {
            return Optional.ofNullable(nodes.getNode(nodeId, INCLUDE, null, null).getBody().getEntry());
        } catch (FeignException.NotFound e) {
            return Optional.empty();
        }
    }
}
