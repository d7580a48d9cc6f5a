package vn.wardqms.service.lifecycle;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;

import vn.wardqms.service.events.CurrentStateHandler;
import vn.wardqms.service.events.RepoEvent;

/**
 * A lifecycle handler that concerns documents in one state: it wants events that show a document in that state,
 * and acts only if the document is still in it when read again.
 */
abstract class StateHandler extends CurrentStateHandler {
    private final String name;
    private final LifecycleState state;
    private final String query;

    StateHandler(NodesApi nodes, String name, LifecycleState state, String query) {
        super(nodes);
        this.name = name;
        this.state = state;
        this.query = query;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean wants(RepoEvent event) {
        return event.node() != null && state.name().equals(String.valueOf(event.node().properties().get("qms:lifecycleState")));
    }

    @Override
    public String reconciliationQuery() {
        return query;
    }

    @Override
    protected final boolean needsAction(Node current) {
        DocumentProperties doc = new DocumentProperties(current);
        return doc.state().filter(s -> s == state).isPresent() && needsAction(current, doc);
    }

    /** For a document in the handler's state: whether it still calls for the action. */
    protected abstract boolean needsAction(Node current, DocumentProperties doc);
}
