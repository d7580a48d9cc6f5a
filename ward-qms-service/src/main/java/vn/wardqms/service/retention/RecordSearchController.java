package vn.wardqms.service.retention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/records: records and record files by type and retention (record type, unit, year, retention period,
 * retain-until range, disposition status, on hold), paged and sorted — what Share's advanced search offers, for
 * other tools. The caller's own credentials (HTTP Basic, or a repository ticket as Basic) go with the query to the
 * repository's search API, so the answer holds only what the caller may read; the service adds no rights of its own.
 */
@RestController
public class RecordSearchController {
    static final String SEARCH = "/alfresco/api/-default-/public/search/versions/1/search";

    private final RestClient acs;

    public RecordSearchController(RestClient.Builder builder, vn.wardqms.service.config.QmsProperties properties) {
        this.acs = builder.baseUrl(properties.acs().url()).build();
    }

    @GetMapping(value = "/api/records", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> search(@RequestParam Map<String, String> parameters,
                                                      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Ward QMS\"")
                    .body(Map.of("error", "sign in with your repository user name and password (HTTP Basic)"));
        }
        RecordQuery q = RecordQuery.of(parameters);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", Map.of("query", q.afts(), "language", "afts"));
        request.put("paging", Map.of("skipCount", q.skipCount(), "maxItems", q.maxItems()));
        request.put("sort", List.of(Map.of("type", "FIELD", "field", RecordQuery.SORTS.get(q.orderBy()), "ascending", q.ascending())));
        request.put("include", List.of("properties", "aspectNames"));
        JsonNode answer;
        try {
            answer = acs.post().uri(SEARCH).header(HttpHeaders.AUTHORIZATION, authorization).contentType(MediaType.APPLICATION_JSON)
                    .body(JsonMapper.shared().writeValueAsBytes(request)).retrieve().body(JsonNode.class);
        } catch (HttpClientErrorException.Unauthorized e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Ward QMS\"")
                    .body(Map.of("error", "the repository did not accept these credentials"));
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (JsonNode e : answer.path("list").path("entries")) {
            JsonNode n = e.path("entry");
            JsonNode p = n.path("properties");
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", n.path("id").asString());
            item.put("name", n.path("name").asString());
            item.put("kind", "qms:recordFolder".equals(n.path("nodeType").asString()) ? "file" : "record");
            for (String[] f : new String[][] {{"fileCode", "qms:fileCode"}, {"title", "cm:title"}, {"year", "qms:fileYear"},
                    {"unit", "qms:ownerUnit"}, {"recordType", "qms:recordTypeCode"}, {"retentionYears", "qms:retentionYears"},
                    {"permanent", "qms:retentionPermanent"}, {"retainUntil", "qms:retainUntil"}, {"dispositionAction", "qms:dispositionAction"},
                    {"dispositionStatus", "qms:dispositionStatus"}, {"fileState", "qms:fileState"}}) {
                if (p.has(f[1]) && !p.get(f[1]).isNull()) {
                    JsonNode v = p.get(f[1]);
                    item.put(f[0], v.isNumber() ? (Object) v.asInt() : v.isBoolean() ? (Object) v.asBoolean() : v.asString());
                }
            }
            boolean held = false;
            for (JsonNode a : n.path("aspectNames")) {
                held |= "qms:legalHold".equals(a.asString());
            }
            item.put("onHold", held);
            entries.add(item);
        }
        JsonNode page = answer.path("list").path("pagination");
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("count", entries.size());
        pagination.put("skipCount", q.skipCount());
        pagination.put("maxItems", q.maxItems());
        pagination.put("hasMoreItems", page.path("hasMoreItems").asBoolean(false));
        if (page.has("totalItems")) {
            pagination.put("totalItems", page.path("totalItems").asLong());
        }
        return ResponseEntity.ok(Map.of("list", Map.of("pagination", pagination, "entries", entries), "query", q.afts()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
