package vn.wardqms.service.acs;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestListener;
import com.github.tomakehurst.wiremock.http.Response;

/**
 * Validates every request the service makes and every response the stand-in repository gives against the REST
 * API definitions: the public API's Swagger files in ../shared/alfresco/openapi, and for the private rules API our
 * contract derived from the repository's source (src/test/resources/contracts/alfresco-rules-private.yaml).
 * An interaction no definition covers is a violation too.
 */
public final class ContractValidator implements RequestListener {
    private final Map<String, OpenApiInteractionValidator> byBasePath = new LinkedHashMap<>();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    public ContractValidator(Map<String, Path> definitionsByBasePath) {
        // Swagger 2.0 allows members a schema does not list unless it says additionalProperties: false, and the
        // definitions rely on that (e.g. a node's "properties" map); the validator's stricter default is turned off.
        LevelResolver levels = LevelResolver.create()
                .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE).build();
        definitionsByBasePath.forEach((basePath, file) -> byBasePath.put(basePath,
                OpenApiInteractionValidator.createForSpecificationUrl(file.toUri().toString()).withLevelResolver(levels).build()));
    }

    @Override
    public void requestReceived(Request request, Response response) {
        String path = request.getUrl().replaceFirst("\\?.*$", "");
        OpenApiInteractionValidator validator = byBasePath.entrySet().stream().filter(e -> path.startsWith(e.getKey() + "/"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (validator == null) {
            violations.add(request.getMethod() + " " + request.getUrl() + ": no API definition covers this path");
            return;
        }
        ValidationReport report = validator.validate(adapt(request), adapt(response));
        if (report.hasErrors()) {
            violations.add(request.getMethod() + " " + request.getUrl() + " -> " + response.getStatus() + ":\n    "
                    + String.join("\n    ", report.getMessages().stream().map(ValidationReport.Message::toString).toList()));
        }
    }

    /** The validator's own WireMock adapters predate WireMock 3 and lose the bodies; these keep everything. */
    private static com.atlassian.oai.validator.model.Request adapt(Request request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod().getName(),
                URI.create(request.getUrl()).getRawPath().replace("%2F", "/"));
        URI uri = URI.create(request.getUrl());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                builder.withQueryParam(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        for (HttpHeader header : request.getHeaders().all()) {
            builder.withHeader(header.key(), header.values());
        }
        if (request.getBody() != null && request.getBody().length > 0) {
            builder.withBody(request.getBodyAsString());
        }
        return builder.build();
    }

    private static com.atlassian.oai.validator.model.Response adapt(Response response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.getStatus());
        for (HttpHeader header : response.getHeaders().all()) {
            builder.withHeader(header.key(), header.values());
        }
        String body = response.getBodyAsString();
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        return builder.build();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public void reset() {
        violations.clear();
    }
}
