package vn.wardqms.service.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyUpdate;
import org.alfresco.core.handler.NodesApi;

import vn.wardqms.service.events.CurrentStateHandler;
import vn.wardqms.service.events.RepoEvent;

/**
 * Closing a file (hồ sơ): when a record file's qms:fileState becomes CLOSED, the retention schedule decides how long it
 * and every record in it are kept — retention start, retain-until (none when permanent), the disposition and what
 * started the clock — written on each record, then on the file, whose qms:retentionTrigger marks the file as done.
 * From then on the repository keeps the file and its records unchanged (platform behaviours) except through
 * disposition. Re-running finds each record already classified and writes only what is missing.
 */
public class FileClosingHandler extends CurrentStateHandler {
    public static final String QUERY = "TYPE:'qms:recordFolder' AND =qms:fileState:'CLOSED' AND ISUNSET:'qms:retentionTrigger'";

    private final RetentionClassifier classifier;
    private final Clock clock;

    public FileClosingHandler(NodesApi nodes, RetentionClassifier classifier, Clock clock) {
        super(nodes);
        this.classifier = classifier;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "file-closing";
    }

    @Override
    public boolean wants(RepoEvent event) {
        return event.node() != null && "CLOSED".equals(String.valueOf(event.node().properties().get("qms:fileState")));
    }

    @Override
    public String reconciliationQuery() {
        return QUERY;
    }

    @Override
    protected boolean needsAction(Node current) {
        Map<?, ?> p = properties(current);
        return "qms:recordFolder".equals(current.getNodeType()) && "CLOSED".equals(String.valueOf(p.get("qms:fileState")))
                && p.get("qms:retentionTrigger") == null;
    }

    @Override
    protected void act(Node file) {
        Map<?, ?> p = properties(file);
        String what = "file " + p.get("qms:fileCode") + " (" + file.getId() + ")";
        Object code = p.get("qms:recordTypeCode");
        if (code == null) {
            throw new IllegalStateException(what + " is closed without a record type (qms:recordTypeCode): give it one from the retention schedule");
        }
        LocalDate closedOn = p.get("qms:fileClosedOn") == null ? LocalDate.now(clock) : day(p.get("qms:fileClosedOn"));
        int year = (int) Double.parseDouble(String.valueOf(Objects.requireNonNull(p.get("qms:fileYear"), what + " has no qms:fileYear")));
        Classification c;
        try {
            c = classifier.classify(code.toString(), year, closedOn, p.get("qms:retentionStart") == null ? null : day(p.get("qms:retentionStart")));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + ": " + e.getMessage(), e);
        }
        Map<String, Object> retention = new LinkedHashMap<>();
        retention.put("qms:recordTypeCode", c.type().code());
        retention.put("qms:retentionStart", c.retentionStart().toString());
        retention.put("qms:retainUntil", c.retainUntil() == null ? null : c.retainUntil().toString());
        retention.put("qms:retentionPermanent", String.valueOf(c.type().permanent()));
        retention.put("qms:retentionYears", c.type().years() == null ? null : String.valueOf(c.type().years()));
        retention.put("qms:dispositionAction", c.action().name());
        retention.put("qms:retentionTrigger", c.type().trigger().name());

        for (Node record : RecordFiles.records(nodes(), file.getId())) {
            Map<?, ?> rp = record.getProperties() instanceof Map<?, ?> m ? m : Map.of();
            if (!retention.get("qms:retentionTrigger").equals(rp.get("qms:retentionTrigger"))
                    || !Objects.equals(retention.get("qms:retainUntil"), rp.get("qms:retainUntil") == null ? null : day(rp.get("qms:retainUntil")).toString())) {
                nodes().updateNode(record.getId(), new NodeBodyUpdate().properties(withoutNulls(retention)), null, null);
            }
        }
        Map<String, Object> closed = new LinkedHashMap<>(withoutNulls(retention));
        closed.put("qms:fileClosedOn", closedOn.toString());
        // The file last, in one update (one transaction): its marker qms:retentionTrigger is written with the rest, so a
        // failure above or here leaves the file to the next event or sweep.
        nodes().updateNode(file.getId(), new NodeBodyUpdate().properties(closed), null, null);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Map<?, ?> properties(Node node) {
        return node.getProperties() instanceof Map<?, ?> m ? m : Map.of();
    }

    private LocalDate day(Object value) {
        String v = value.toString();
        if (v.length() == 10) {
            return LocalDate.parse(v);
        }
        return OffsetDateTime.parse(v.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
