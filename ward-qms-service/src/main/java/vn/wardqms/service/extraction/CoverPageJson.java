package vn.wardqms.service.extraction;

import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.wardqms.service.extraction.CoverPage.Amendment;
import vn.wardqms.service.extraction.CoverPage.Field;
import vn.wardqms.service.extraction.CoverPage.Signatory;

/**
 * The JSON line the {@code extract} command prints for a file (documented in the README): each field found as
 * {@code {"value", "source", "confidence"}}, fields not found left out; a file that could not be read as
 * {@code {"file", "error": {"problem", "message"}}}.
 */
final class CoverPageJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CoverPageJson() {
    }

    static String of(String file, CoverPage cover) {
        ObjectNode json = JSON.createObjectNode().put("file", file);
        field(json, "code", cover.code());
        field(json, "title", cover.title());
        field(json, "issuingBody", cover.issuingBody());
        field(json, "issueNumber", cover.issueNumber());
        field(json, "issueDate", cover.issueDate());
        field(json, "effectiveDate", cover.effectiveDate());
        signatory(json, "draftedBy", cover.draftedBy());
        signatory(json, "reviewedBy", cover.reviewedBy());
        signatory(json, "approvedBy", cover.approvedBy());
        if (!cover.amendments().isEmpty()) {
            ArrayNode rows = json.putArray("amendments");
            for (Amendment a : cover.amendments()) {
                ObjectNode row = rows.addObject();
                a.no().ifPresent(v -> row.put("no", v));
                a.date().ifPresent(v -> row.put("date", v.toString()));
                a.location().ifPresent(v -> row.put("location", v));
                a.content().ifPresent(v -> row.put("content", v));
                a.revision().ifPresent(v -> row.put("revision", v));
                row.put("source", a.source());
                row.put("confidence", round(a.confidence()));
            }
        }
        return JSON.writeValueAsString(json);
    }

    static String error(String file, ExtractionException e) {
        ObjectNode json = JSON.createObjectNode().put("file", file);
        json.putObject("error").put("problem", e.problem().name()).put("message", e.getMessage());
        return JSON.writeValueAsString(json);
    }

    private static void signatory(ObjectNode json, String name, Signatory s) {
        if (s.isEmpty()) {
            return;
        }
        ObjectNode node = json.putObject(name);
        field(node, "name", s.name());
        field(node, "title", s.title());
        field(node, "date", s.date());
    }

    private static void field(ObjectNode json, String name, Optional<? extends Field<?>> field) {
        field.ifPresent(f -> {
            ObjectNode node = json.putObject(name);
            if (f.value() instanceof Integer i) {
                node.put("value", i);
            } else {
                node.put("value", f.value().toString());
            }
            node.put("source", f.source());
            node.put("confidence", round(f.confidence()));
        });
    }

    private static double round(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
