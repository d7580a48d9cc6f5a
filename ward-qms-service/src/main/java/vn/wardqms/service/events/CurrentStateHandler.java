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
        return handle(nodeId, reading(nodes, nodeId));
    }

    /** Acts on the node as {@code current} gives it: the read an event's handlers share. */
    @Override
    public final boolean handle(String nodeId, NodeRead current) {
        Optional<Node> node = current.get();
        if (node.isEmpty() || !needsAction(node.get())) {
            return false;
        }
        act(node.get());
        current.forget();
        return true;
    }

    /**
     * The one read every current-state handler makes of a node: its properties, aspects and permissions (what the
     * handlers use), or nothing if it is gone.
     */
    public static NodeRead reading(NodesApi nodes, String nodeId) {
        return new NodeRead(nodeId, id -> {
            try {
                return Optional.ofNullable(nodes.getNode(id, INCLUDE, null, null).getBody().getEntry());
            } catch (FeignException.NotFound e) {
                return Optional.empty();
            }
        });
    }

    /** Whether the node, as it is now, calls for this handler's action. */
    protected abstract boolean needsAction(Node current);

    /** Brings the node to where it should be; afterwards {@link #needsAction} is false for it. */
    protected abstract void act(Node current);

    protected NodesApi nodes() {
        return nodes;
    }
}
