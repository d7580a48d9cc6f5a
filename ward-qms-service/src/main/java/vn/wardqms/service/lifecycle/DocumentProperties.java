package vn.wardqms.service.lifecycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alfresco.core.model.Node;

/** Reading a controlled document's qms properties as the REST API returns them (JSON strings and numbers). */
final class DocumentProperties {
    private static final DateTimeFormatter REPOSITORY_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final Map<?, ?> properties;
    private final String id;

    DocumentProperties(Node node) {
        this.properties = node.getProperties() instanceof Map<?, ?> map ? map : Map.of();
        this.id = node.getId() + " (" + node.getName() + ")";
    }

    String document() {
        return id;
    }

    Optional<String> text(String name) {
        Object value = properties.get(name);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    /** A multi-valued property (a JSON array), or a single value as a list of one. */
    List<String> list(String name) {
        Object value = properties.get(name);
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(value.toString());
    }

    Optional<Integer> integer(String name) {
        return text(name).map(v -> {
            try {
                return (int) Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + " of " + id + " is not a number: " + v);
            }
        });
    }

    Optional<LifecycleState> state() {
        return text("qms:lifecycleState").map(v -> LifecycleState.of(v)
                .orElseThrow(() -> new IllegalStateException("qms:lifecycleState of " + id + " is not a lifecycle state: " + v)));
    }

    /** A d:date or d:datetime as the office's calendar day. */
    Optional<LocalDate> day(String name, ZoneId zone) {
        return text(name).map(v -> {
            try {
                if (v.length() == 10) {
                    return LocalDate.parse(v);
                }
                try {
                    return OffsetDateTime.parse(v).atZoneSameInstant(zone).toLocalDate();
                } catch (DateTimeParseException e) {
                    return OffsetDateTime.parse(v, REPOSITORY_DATETIME).atZoneSameInstant(zone).toLocalDate();
                }
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(name + " of " + id + " is not a date: " + v);
            }
        });
    }
}
