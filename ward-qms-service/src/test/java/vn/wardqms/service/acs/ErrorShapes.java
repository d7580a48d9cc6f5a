package vn.wardqms.service.acs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Whether an error response carries a body, as the API definitions say: an operation that lists the status code
 * without a schema (e.g. getSite's "404: siteId does not exist") answers with no body; otherwise the default
 * response, the Error object, applies.
 */
final class ErrorShapes {
    private record Operation(String method, Pattern path, JsonNode responses) {
    }

    private final List<Operation> operations = new ArrayList<>();

    ErrorShapes(Map<String, Path> definitionsByBasePath) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        definitionsByBasePath.forEach((basePath, file) -> {
            try {
                JsonNode paths = yaml.readTree(file.toFile()).get("paths");
                for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> path = it.next();
                    Pattern regex = Pattern.compile(Pattern.quote(basePath) + path.getKey().replaceAll("\\{[^/]+}", "\\\\E[^/]+\\\\Q")
                            .replaceAll("^", "\\\\Q").replaceAll("$", "\\\\E"));
                    path.getValue().fields().forEachRemaining(op -> {
                        if (op.getValue().has("responses")) {
                            operations.add(new Operation(op.getKey().toUpperCase(), regex, op.getValue().get("responses")));
                        }
                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    boolean hasBody(String method, String path, int status) {
        for (Operation op : operations) {
            if (op.method().equals(method) && op.path().matcher(path).matches()) {
                JsonNode response = op.responses().get(String.valueOf(status));
                return response == null || response.has("schema");
            }
        }
        return true;
    }
}
