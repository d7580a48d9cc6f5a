package vn.wardqms.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.wardqms.service.acs.FakeAcs;

/** Actuator health says whether the repository and the broker are there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"ward-qms.reconciliation.enabled=false",
        "ward-qms.operations.password=ops-test-only"})
class HealthTest {
    static final FakeAcs acs = FakeAcs.start();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        acs.registerRepository(registry);
        registry.add("ward-qms.broker.url", () -> FakeAcs.embeddedBroker("health-test"));
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() {
        acs.close();
    }

    @Test
    void healthShowsTheOperatorTheRepositoryAndTheBroker() throws Exception {
        HttpResponse<String> up = get("/actuator/health", OPERATOR);
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"status\":\"UP\"", "\"acs\":{", "readyProbe: Success", "\"jms\":{");

        acs.repository().ready = false;
        HttpResponse<String> down = get("/actuator/health", OPERATOR);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"status\":\"DOWN\"", "\"acs\":{\"details\"");
        HttpResponse<String> anyone = get("/actuator/health", null);
        assertThat(anyone.statusCode()).as("the health check needs only the status").isEqualTo(503);
        assertThat(anyone.body()).contains("\"status\":\"DOWN\"").doesNotContain("components", "details", "acs");
        acs.repository().ready = true;
        assertThat(acs.violations()).isEmpty();
    }

    @Test
    void anyoneElseSeesTheStatusOnlyAndNoMetrics() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "acs", "jms", "127.0.0.1");
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", "ward-qms-ops:wrong").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/info", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/env", OPERATOR).statusCode()).as("not exposed at all").isIn(403, 404);
        HttpResponse<String> wrongDetails = get("/actuator/health", "ward-qms-ops:wrong");
        assertThat(wrongDetails.statusCode()).isEqualTo(401);
    }

    @Test
    void metricsOfEventsAndSweepsAreThereForTheOperator() throws Exception {
        HttpResponse<String> metrics = get("/actuator/metrics", OPERATOR);
        assertThat(metrics.statusCode()).isEqualTo(200);
    }

    private static final String OPERATOR = "ward-qms-ops:ops-test-only";

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
