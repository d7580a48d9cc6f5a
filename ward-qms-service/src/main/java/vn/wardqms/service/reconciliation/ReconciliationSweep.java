package vn.wardqms.service.reconciliation;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.alfresco.search.handler.SearchApi;
import org.alfresco.search.model.RequestPagination;
import org.alfresco.search.model.RequestQuery;
import org.alfresco.search.model.ResultSetPaging;
import org.alfresco.search.model.ResultSetRowEntry;
import org.alfresco.search.model.SearchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.wardqms.service.events.QmsNodeHandler;

/**
 * Repository events arrive at most once, so every handler's work is also found by search: each sweep pages through
 * the nodes matching each handler's query (1,000 a page) and hands every one to the handler, which
 * re-reads it and acts only if it still needs to. A lost event only delays work until the next sweep. Memory does
 * not grow with the number of nodes: one page at a time.
 */
public class ReconciliationSweep {
    public static final int PAGE_SIZE = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationSweep.class);

    /** What one sweep did. */
    public record Result(int requests, long nodesVisited, long actions, long failures) {
    }

    private final SearchApi search;
    private final List<QmsNodeHandler> handlers;
    private final MeterRegistry metrics;

    public ReconciliationSweep(SearchApi search, List<QmsNodeHandler> handlers, MeterRegistry metrics) {
        this.search = search;
        this.handlers = List.copyOf(handlers);
        this.metrics = metrics;
    }

    public Result sweep() {
        Timer.Sample sample = Timer.start(metrics);
        int requests = 0;
        long visited = 0;
        long actions = 0;
        long failures = 0;
        for (QmsNodeHandler handler : handlers) {
            String query = handler.reconciliationQuery();
            if (query == null) {
                continue;
            }
            for (int skip = 0; ; skip += PAGE_SIZE) {
                ResultSetPaging page = search.search(request(query, skip)).getBody();
                requests++;
                List<ResultSetRowEntry> entries = page.getList().getEntries();
                for (ResultSetRowEntry row : entries) {
                    visited++;
                    try {
                        if (handler.handle(row.getEntry().getId())) {
                            actions++;
                            metrics.counter("ward_qms.actions", "handler", handler.name(), "trigger", "sweep").increment();
                        }
                    } catch (RuntimeException e) {
                        failures++;
                        LOG.warn("reconciliation: handler {} failed on node {}: {}", handler.name(), row.getEntry().getId(), e.toString());
                    }
                }
                if (!Boolean.TRUE.equals(page.getList().getPagination().isHasMoreItems()) || entries.isEmpty()) {
                    break;
                }
            }
        }
        long nanos = sample.stop(metrics.timer("ward_qms.sweep.duration"));
        Result result = new Result(requests, visited, actions, failures);
        LOG.info("reconciliation sweep: {} search request(s), {} node(s) visited, {} action(s), {} failure(s) in {} ms",
                requests, visited, actions, failures, TimeUnit.NANOSECONDS.toMillis(nanos));
        return result;
    }

    private static SearchRequest request(String query, int skip) {
        // No "fields" filter: the API definitions require every node member in a result, so the full rows are taken.
        return new SearchRequest()
                .query(new RequestQuery().query(query).language(RequestQuery.LanguageEnum.AFTS))
                .paging(new RequestPagination().maxItems(PAGE_SIZE).skipCount(skip));
    }
}
