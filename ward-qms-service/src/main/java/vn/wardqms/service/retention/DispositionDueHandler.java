package vn.wardqms.service.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyUpdate;

import vn.wardqms.service.events.CurrentStateHandler;
import vn.wardqms.service.events.RepoEvent;

/**
 * The daily part of disposition: a closed file whose retention has ended (the day after qms:retainUntil) becomes DUE,
 * which puts it on the list of files past retention (danh sách hồ sơ, tài liệu hết thời hạn lưu trữ, trùng lặp) for the records destruction council.
 * Nothing is destroyed here. A file under legal hold, or with a record under hold, stays ACTIVE: the hold suspends its
 * disposition; the sweep after its release finds the file due.
 */
public class DispositionDueHandler extends CurrentStateHandler {
    public static final String QUERY = "TYPE:'qms:recordFolder' AND =qms:fileState:'CLOSED' AND =qms:dispositionStatus:'ACTIVE'"
            + " AND qms:retainUntil:[MIN TO NOW/DAY-1DAYS]";

    private final Clock clock;

    public DispositionDueHandler(NodesApi nodes, Clock clock) {
        super(nodes);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "disposition-due";
    }

    /** Only the sweep: nothing happens in the repository on the day retention ends. */
    @Override
    public boolean wants(RepoEvent event) {
        return false;
    }

    @Override
    public String reconciliationQuery() {
        return QUERY;
    }

    @Override
    protected boolean needsAction(Node file) {
        Map<?, ?> p = file.getProperties() instanceof Map<?, ?> m ? m : Map.of();
        Object until = p.get("qms:retainUntil");
        return "CLOSED".equals(String.valueOf(p.get("qms:fileState"))) && "ACTIVE".equals(String.valueOf(p.get("qms:dispositionStatus")))
                && until != null && LocalDate.parse(until.toString().substring(0, 10)).isBefore(LocalDate.now(clock))
                && RecordFiles.holdReason(nodes(), file) == null;
    }

    @Override
    protected void act(Node file) {
        nodes().updateNode(file.getId(), new NodeBodyUpdate().properties(Map.of("qms:dispositionStatus", "DUE")), null, null);
    }
}
