package vn.wardqms.service.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Routes parsed events to the handlers that want them: node events only when they involve a qms type or aspect,
 * then by each handler's choice of event types. An event already seen (same CloudEvents id, as a broker may
 * deliver twice) is skipped; handlers are idempotent anyway. A handler that fails is logged and counted; the others
 * still run and the listener goes on: the sweep will find the node again.
 */
public class EventRouter {
    private static final Logger LOG = LoggerFactory.getLogger(EventRouter.class);
    private static final int REMEMBERED_EVENTS = 10_000;

    private final List<QmsNodeHandler> handlers;
    private final java.util.function.Function<String, NodeRead> reads;
    private final MeterRegistry metrics;
    private final Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_EVENTS;
        }
    };
    private final Counter duplicates;
    private final Counter ignored;

    /** The handlers of one event share one read of the node (CurrentStateHandler.reading). */
    public EventRouter(List<QmsNodeHandler> handlers, java.util.function.Function<String, NodeRead> reads, MeterRegistry metrics) {
        this.handlers = List.copyOf(handlers);
        this.reads = reads;
        this.metrics = metrics;
        this.duplicates = metrics.counter("ward_qms.events", "outcome", "duplicate");
        this.ignored = metrics.counter("ward_qms.events", "outcome", "ignored");
    }

    public void route(RepoEvent event) {
        synchronized (seen) {
            if (seen.putIfAbsent(event.id(), Boolean.TRUE) != null) {
                duplicates.increment();
                return;
            }
        }
        String nodeId = event.subjectNodeId();
        if (nodeId == null || !event.involvesQms()) {
            ignored.increment();
            return;
        }
        boolean routed = false;
        NodeRead current = reads.apply(nodeId);
        for (QmsNodeHandler handler : handlers) {
            if (!handler.wants(event)) {
                continue;
            }
            routed = true;
            try {
                boolean acted = handler.handle(nodeId, current);
                metrics.counter("ward_qms.events", "outcome", "handled", "handler", handler.name()).increment();
                if (acted) {
                    metrics.counter("ward_qms.actions", "handler", handler.name(), "trigger", "event").increment();
                }
            } catch (RuntimeException e) {
                metrics.counter("ward_qms.events", "outcome", "failed", "handler", handler.name()).increment();
                LOG.warn("handler {} failed on node {} (event {} {}); the reconciliation sweep will retry: {}",
                        handler.name(), nodeId, event.type(), event.id(), e.toString());
            }
        }
        if (!routed) {
            ignored.increment();
        }
    }
}
