package vn.wardqms.service.events;

/**
 * Something the service does to a node when its state calls for it (publish, withdraw, close a file, ...). The same
 * handler serves events and the reconciliation sweep, so it must be idempotent and must not trust the event: it is
 * only a hint of which node to look at. {@link #handle} re-reads the node's current state and acts only if that
 * state still calls for it; running it twice, late, or for a stale event changes nothing more.
 */
public interface QmsNodeHandler {

    /** A stable name for logs and metrics. */
    String name();

    /** Whether the event may concern this handler (cheap; no repository call). */
    boolean wants(RepoEvent event);

    /**
     * Re-reads the node and acts if its current state calls for it.
     *
     * @return true if the repository was changed
     */
    boolean handle(String nodeId);

    /**
     * As {@link #handle(String)}, with the node's current state read once for every handler an event concerns
     * ({@link NodeRead}): an event that needs no action costs one read, however many handlers look at it.
     */
    default boolean handle(String nodeId, NodeRead current) {
        return handle(nodeId);
    }

    /**
     * The search (AFTS) for every node whose current state calls for this handler, used by the reconciliation
     * sweep; a node found must stop matching once handled.
     */
    String reconciliationQuery();
}
