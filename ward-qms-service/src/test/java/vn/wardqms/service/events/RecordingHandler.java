package vn.wardqms.service.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test handler: takes node events for every node and records the nodes it was asked to handle. */
public class RecordingHandler implements QmsNodeHandler {
    public final List<String> handled = new CopyOnWriteArrayList<>();
    private final String query;

    public RecordingHandler(String query) {
        this.query = query;
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public boolean wants(RepoEvent event) {
        return event.type().isNodeEvent();
    }

    @Override
    public boolean handle(String nodeId) {
        handled.add(nodeId);
        return true;
    }

    @Override
    public String reconciliationQuery() {
        return query;
    }
}
