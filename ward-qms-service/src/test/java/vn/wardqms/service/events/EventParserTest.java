package vn.wardqms.service.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.wardqms.service.SharedContracts;

/** Events are read as the repository's event schemas describe them, and nothing else gets through. */
class EventParserTest {
    private static final Path EVENTS = SharedContracts.dir().resolve("alfresco/events");
    private final EventParser parser = new EventParser();

    @Test
    void requiredMembersAreTheSchemas() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (EventType type : EventType.values()) {
            String schemaName = switch (type) {
                case NODE_CREATED -> "nodeCreated";
                case NODE_UPDATED -> "nodeUpdated";
                case NODE_DELETED -> "nodeDeleted";
                case CHILD_ASSOC_CREATED -> "childAssocCreated";
                case CHILD_ASSOC_DELETED -> "childAssocDeleted";
                case PEER_ASSOC_CREATED -> "peerAssocCreated";
                case PEER_ASSOC_DELETED -> "peerAssocDeleted";
                case AUDIT_ENTRY_CREATED -> "auditEntryCreated";
            };
            JsonNode schema = json.readTree(EVENTS.resolve("json-schema/" + schemaName + ".json").toFile());
            assertThat(strings(schema.get("required"))).as(schemaName).containsExactlyElementsOf(EventType.ENVELOPE);
            assertThat(strings(schema.get("properties").get("data").get("required"))).as(schemaName + " data")
                    .containsExactlyElementsOf(type.requiredData());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "noAuth-NodeCreatedEvent.json, NODE_CREATED",
            "auth-NodeCreatedEvent.json, NODE_CREATED",
            "noAuth-NodeCreatedEventWithExtension.json, NODE_CREATED",
            "noAuth-NodeUpdatedEvent.json, NODE_UPDATED",
            "auth-NodeUpdatedEvent.json, NODE_UPDATED",
            "noAuth-ChildAssocCreated.json, CHILD_ASSOC_CREATED",
            "auth-ChildAssocCreated.json, CHILD_ASSOC_CREATED",
            "noAuth-PeerAssocCreated.json, PEER_ASSOC_CREATED",
            "auth-PeerAssocCreated.json, PEER_ASSOC_CREATED",
            "AuditEntryCreated.json, AUDIT_ENTRY_CREATED"})
    void everyRepositorySampleIsRead(String sample, EventType type) throws IOException {
        byte[] message = Files.readAllBytes(EVENTS.resolve("samples/" + sample));
        JsonNode raw = JsonMapper.builder().build().readTree(message);
        EventParser.Result result = parser.parse(message);
        assertThat(result).isInstanceOf(EventParser.Accepted.class);
        RepoEvent event = ((EventParser.Accepted) result).event();
        assertThat(event.type()).isEqualTo(type);
        if (type.isNodeEvent()) {
            assertThat(event.subjectNodeId()).isEqualTo(raw.get("data").get("resource").get("id").asString());
            assertThat(event.node().nodeType()).isEqualTo(raw.get("data").get("resource").get("nodeType").asString());
        }
    }

    @Test
    void anUpdateKeepsWhatChanged() throws IOException {
        RepoEvent event = ((EventParser.Accepted) parser.parse(Files.readAllBytes(EVENTS.resolve("samples/noAuth-NodeUpdatedEvent.json")))).event();
        assertThat(event.node().properties()).containsEntry("cm:title", "test title2");
        assertThat(event.nodeBefore().properties()).containsEntry("cm:title", "test title");
        assertThat(event.node().aspectNames()).contains("cm:titled");
    }

    @Test
    void unknownTypesAreRejectedWithTheReason() throws IOException {
        assertRejected(Files.readString(EVENTS.resolve("samples/NonExistingResource.json")), "unknown-type",
                "event type org.alfresco.event.does.not.exist is unknown");
    }

    @Test
    void malformedMessagesAreRejectedNamingTheProblem() throws IOException {
        String updated = Files.readString(EVENTS.resolve("samples/noAuth-NodeUpdatedEvent.json"));
        assertRejected(updated.substring(0, updated.length() / 2), "not-json", "");
        assertRejected(updated.replace("\"time\": \"2020-04-27T14:25:59.855866+01:00\"", "\"time\": 42"), "wrong-type",
                "time must be a non-empty string");
        assertRejected(updated.replace("\"resourceBefore\"", "\"resourceAfter\""), "missing-member",
                "data.resourceBefore is required for org.alfresco.event.node.Updated");
        assertRejected(updated.replace("\"specversion\": \"1.0\"", "\"specversion\": \"0.3\""), "unsupported-version", "0.3");
        assertRejected(updated.replace("d366f805-853f-46ac-a81c-af9c257ee876", "../../people/admin"), "bad-identifier",
                "data.resource.id is not a node id");
        assertRejected(updated.replace("\"nodeType\": \"cm:content\"", "\"nodeType\": \"cm:content OR TYPE:*\""), "bad-identifier",
                "data.resource.nodeType is not a prefixed name");
        assertRejected("[1,2,3]", "not-an-event", "not a JSON object");
        assertThat(parser.parse(new byte[EventParser.MAX_BYTES + 1])).isEqualTo(new EventParser.Rejected("too-large",
                (EventParser.MAX_BYTES + 1) + " bytes, more than " + EventParser.MAX_BYTES));
        assertThat(parser.parse(new byte[0])).isInstanceOf(EventParser.Rejected.class);
    }

    private void assertRejected(String message, String reason, String detail) {
        EventParser.Result result = parser.parse(message.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(EventParser.Rejected.class);
        EventParser.Rejected rejected = (EventParser.Rejected) result;
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(rejected.detail()).contains(detail);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
