package vn.wardqms.service.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;

import vn.wardqms.service.events.CurrentStateHandler;
import vn.wardqms.service.events.RepoEvent;

/**
 * Distribution: when an issue comes into force, the members of its distribution groups (qms:distributionGroups) are
 * asked to read it and acknowledge that they did — the read-and-acknowledge process (qmsReadAcknowledgement), which
 * the repository runs: it expands the groups, gives each member a task, records each acknowledgement on the issue
 * (qms:acknowledgedBy / qms:acknowledgedOn) and stamps qms:acknowledgementsRequestedOn when it starts. Once per issue:
 * the business key is the node, and the stamp takes it out of the sweep's query.
 */
public class AcknowledgementHandler extends CurrentStateHandler {
    public static final String PROCESS = "qmsReadAcknowledgement";
    public static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'EFFECTIVE' AND ISSET:'qms:distributionGroups'"
            + " AND ISUNSET:'qms:acknowledgementsRequestedOn'";

    private final WorkflowApi workflow;

    public AcknowledgementHandler(NodesApi nodes, WorkflowApi workflow) {
        super(nodes);
        this.workflow = workflow;
    }

    public static String businessKey(String nodeId) {
        return "qms-ack:" + nodeId;
    }

    @Override
    public String name() {
        return "read-acknowledgement";
    }

    @Override
    public boolean wants(RepoEvent event) {
        return event.node() != null && LifecycleState.EFFECTIVE.name().equals(String.valueOf(event.node().properties().get("qms:lifecycleState")));
    }

    @Override
    public String reconciliationQuery() {
        return QUERY;
    }

    @Override
    protected boolean needsAction(Node current) {
        DocumentProperties doc = new DocumentProperties(current);
        return doc.state().filter(s -> s == LifecycleState.EFFECTIVE).isPresent()
                && !doc.list("qms:distributionGroups").isEmpty()
                && doc.text("qms:acknowledgementsRequestedOn").isEmpty()
                // Started but not yet visible in the node (the index or the event lags): not twice.
                && workflow.listProcesses("(processDefinitionKey='" + PROCESS + "' AND status='any' AND businessKey='"
                        + businessKey(current.getId()) + "')", 0, 1).list().entries().isEmpty();
    }

    @Override
    protected void act(Node current) {
        DocumentProperties doc = new DocumentProperties(current);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("bpm_workflowDescription", "Đọc và xác nhận " + doc.text("qms:documentCode").orElse(current.getName())
                + " lần ban hành " + doc.text("qms:issueNumber").orElse("?") + " — read and acknowledge");
        workflow.startProcess(new WorkflowApi.StartProcess(PROCESS, businessKey(current.getId()), variables, List.of(current.getId())));
    }
}
