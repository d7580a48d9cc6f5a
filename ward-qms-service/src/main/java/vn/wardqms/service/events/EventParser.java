package vn.wardqms.service.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses repository events (CloudEvents 1.0 JSON) into {@link RepoEvent}, checking them as the event schemas do
 * (required envelope and data members, types) and as untrusted input (size, identifier and name formats), so that
 * nothing malformed reaches a handler or ends up in a request URL or query. Never throws: a bad message is a
 * {@link Rejected} with the reason.
 */
public final class EventParser {
    /** Far above any real event; a bigger message is not parsed at all. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern QNAME = Pattern.compile("[a-z][a-z0-9]*:[A-Za-z0-9_.\\-]{1,100}");

    private final JsonMapper json = JsonMapper.builder().build();

    public sealed interface Result permits Accepted, Rejected {
    }

    public record Accepted(RepoEvent event) implements Result {
    }

    /** @param reason a short, stable reason (counted by metric tag) and the detail */
    public record Rejected(String reason, String detail) implements Result {
    }

    public Result parse(byte[] message) {
        if (message == null || message.length == 0) {
            return new Rejected("empty", "the message has no body");
        }
        if (message.length > MAX_BYTES) {
            return new Rejected("too-large", message.length + " bytes, more than " + MAX_BYTES);
        }
        return parse(new String(message, StandardCharsets.UTF_8));
    }

    public Result parse(String message) {
        JsonNode root;
        try {
            root = json.readTree(message);
        } catch (JacksonException e) {
            return new Rejected("not-json", e.getOriginalMessage());
        }
        try {
            return new Accepted(event(root));
        } catch (Malformed e) {
            return new Rejected(e.reason, e.getMessage());
        }
    }

    private RepoEvent event(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new Malformed("not-an-event", "the message is not a JSON object");
        }
        for (String member : EventType.ENVELOPE) {
            if (!root.has(member) || root.get(member).isNull()) {
                throw new Malformed("missing-member", member + " is required");
            }
        }
        String specVersion = text(root, "specversion");
        if (!"1.0".equals(specVersion)) {
            throw new Malformed("unsupported-version", "specversion " + specVersion + " is not 1.0");
        }
        String typeName = text(root, "type");
        EventType type = EventType.of(typeName).orElseThrow(() -> new Malformed("unknown-type", "event type " + typeName + " is unknown"));
        String id = text(root, "id");
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(text(root, "time"));
        } catch (DateTimeParseException e) {
            throw new Malformed("wrong-type", "time is not an RFC 3339 timestamp: " + text(root, "time"));
        }
        JsonNode data = root.get("data");
        if (!data.isObject()) {
            throw new Malformed("wrong-type", "data must be an object");
        }
        for (String member : type.requiredData()) {
            if (!data.has(member) || data.get(member).isNull()) {
                throw new Malformed("missing-member", "data." + member + " is required for " + typeName);
            }
        }
        String group = text(data, "eventGroupId");
        JsonNode resource = object(data, "resource");
        RepoEvent.NodeResource node = null;
        RepoEvent.NodeResource before = null;
        RepoEvent.Association association = null;
        if (type.isNodeEvent()) {
            node = node(resource, "data.resource", true);
            if (type == EventType.NODE_UPDATED) {
                before = node(object(data, "resourceBefore"), "data.resourceBefore", false);
            }
        } else if (type != EventType.AUDIT_ENTRY_CREATED) {
            boolean child = type == EventType.CHILD_ASSOC_CREATED || type == EventType.CHILD_ASSOC_DELETED;
            String from = child ? "parent" : "source";
            String to = child ? "child" : "target";
            association = new RepoEvent.Association(qname(resource, "assocType", "data.resource.assocType"),
                    nodeId(object(resource, from), "data.resource." + from + ".id"),
                    nodeId(object(resource, to), "data.resource." + to + ".id"));
        }
        return new RepoEvent(id, type, text(root, "source"), time, group, node, before, association);
    }

    private RepoEvent.NodeResource node(JsonNode resource, String where, boolean complete) {
        String id = complete ? nodeId(resource, where + ".id") : null;
        String nodeType = complete ? qname(resource, "nodeType", where + ".nodeType")
                : resource.has("nodeType") ? qname(resource, "nodeType", where + ".nodeType") : null;
        Set<String> aspects = new LinkedHashSet<>();
        if (resource.has("aspectNames") && !resource.get("aspectNames").isNull()) {
            JsonNode list = resource.get("aspectNames");
            if (!list.isArray()) {
                throw new Malformed("wrong-type", where + ".aspectNames must be an array");
            }
            for (JsonNode aspect : list) {
                if (!aspect.isString() || !QNAME.matcher(aspect.asString()).matches()) {
                    throw new Malformed("wrong-type", where + ".aspectNames holds a value that is not an aspect name: " + aspect);
                }
                aspects.add(aspect.asString());
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        if (resource.has("properties") && !resource.get("properties").isNull()) {
            JsonNode props = resource.get("properties");
            if (!props.isObject()) {
                throw new Malformed("wrong-type", where + ".properties must be an object");
            }
            for (Map.Entry<String, JsonNode> p : props.properties()) {
                properties.put(p.getKey(), value(p.getValue()));
            }
        }
        List<String> hierarchy = new ArrayList<>();
        if (resource.has("primaryHierarchy") && resource.get("primaryHierarchy").isArray()) {
            for (JsonNode ancestor : resource.get("primaryHierarchy")) {
                if (ancestor.isString() && NODE_ID.matcher(ancestor.asString()).matches()) {
                    hierarchy.add(ancestor.asString());
                }
            }
        }
        String name = resource.has("name") && resource.get("name").isString() ? resource.get("name").asString() : null;
        return new RepoEvent.NodeResource(id, name, nodeType, aspects, properties, hierarchy);
    }

    private static Object value(JsonNode v) {
        if (v.isString()) {
            return v.asString();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            v.forEach(item -> list.add(value(item)));
            return list;
        }
        return v.isNull() ? null : v.toString();
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new Malformed(value == null ? "missing-member" : "wrong-type", member + " must be a non-empty string");
        }
        return value.asString();
    }

    private static JsonNode object(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || !value.isObject()) {
            throw new Malformed(value == null ? "missing-member" : "wrong-type", member + " must be an object");
        }
        return value;
    }

    private static String nodeId(JsonNode node, String where) {
        JsonNode value = node.get("id");
        if (value == null || !value.isString() || !NODE_ID.matcher(value.asString()).matches()) {
            throw new Malformed("bad-identifier", where + " is not a node id: " + value);
        }
        return value.asString();
    }

    private static String qname(JsonNode node, String member, String where) {
        JsonNode value = node.get(member);
        if (value == null || !value.isString() || !QNAME.matcher(value.asString()).matches()) {
            throw new Malformed("bad-identifier", where + " is not a prefixed name: " + value);
        }
        return value.asString();
    }

    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String reason;

        Malformed(String reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }
    }
}
