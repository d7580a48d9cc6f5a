package vn.wardqms.service.events;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The repository event types (CloudEvents "type", topic alfresco.repo.event2) and what each one's data must hold,
 * as the event schemas (acs-event-model json-schema) require.
 */
public enum EventType {
    NODE_CREATED("org.alfresco.event.node.Created", List.of("eventGroupId", "resource")),
    NODE_UPDATED("org.alfresco.event.node.Updated", List.of("eventGroupId", "resource", "resourceBefore")),
    NODE_DELETED("org.alfresco.event.node.Deleted", List.of("eventGroupId", "resource")),
    CHILD_ASSOC_CREATED("org.alfresco.event.assoc.child.Created", List.of("eventGroupId", "resource")),
    CHILD_ASSOC_DELETED("org.alfresco.event.assoc.child.Deleted", List.of("eventGroupId", "resource")),
    PEER_ASSOC_CREATED("org.alfresco.event.assoc.peer.Created", List.of("eventGroupId", "resource")),
    PEER_ASSOC_DELETED("org.alfresco.event.assoc.peer.Deleted", List.of("eventGroupId", "resource")),
    AUDIT_ENTRY_CREATED("org.alfresco.event.audit.entry.Created", List.of("eventGroupId", "resource"));

    /** Envelope members every event must have (CloudEvents attributes the schemas require). */
    public static final List<String> ENVELOPE = List.of("specversion", "type", "id", "source", "time", "dataschema",
            "datacontenttype", "data");

    private final String cloudEventType;
    private final List<String> requiredData;

    EventType(String cloudEventType, List<String> requiredData) {
        this.cloudEventType = cloudEventType;
        this.requiredData = requiredData;
    }

    public static Optional<EventType> of(String cloudEventType) {
        return Arrays.stream(values()).filter(t -> t.cloudEventType.equals(cloudEventType)).findFirst();
    }

    public String cloudEventType() {
        return cloudEventType;
    }

    public List<String> requiredData() {
        return requiredData;
    }

    public boolean isNodeEvent() {
        return this == NODE_CREATED || this == NODE_UPDATED || this == NODE_DELETED;
    }
}
