package vn.wardqms.service.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.wardqms.service.WardQmsServiceApplication;
import vn.wardqms.service.acs.FakeAcs;

/**
 * The service with its broker away (nothing listens on the port): it starts anyway, says DOWN and why, keeps trying,
 * and stops when asked — where it used to block in the listener's start for ever, deaf to SIGTERM.
 */
class AbsentBrokerTest {

    @Test
    void startsSaysWhyItIsDownAndStopsWhenAsked() throws Exception {
        try (FakeAcs acs = FakeAcs.start()) {
            ConfigurableApplicationContext context = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new SpringApplicationBuilder(
                    WardQmsServiceApplication.class).run("--server.port=0", "--ward-qms.reconciliation.enabled=false",
                    "--ward-qms.reports.enabled=false", "--ward-qms.operations.password=ops-test-only", "--ward-qms.acs.url=" + acs.url(),
                    "--ward-qms.acs.password=test-only", "--ward-qms.broker.url=failover:(tcp://127.0.0.1:9)?maxReconnectDelay=1000",
                    "--ward-qms.broker.startup-attempts=2"), "start-up waits on the broker");
            try {
                int port = ((WebServerApplicationContext) context).getWebServer().getPort();
                HttpResponse<String> health = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).header("Authorization", "Basic "
                                + Base64.getEncoder().encodeToString("ward-qms-ops:ops-test-only".getBytes(StandardCharsets.UTF_8))).GET().build(),
                        HttpResponse.BodyHandlers.ofString()), "health waits on the broker");
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("\"status\":\"DOWN\"", "\"jms\":{", "\"acs\":{").contains("\"jms\":{\"details\":{\"error\":\"jakarta.jms.JMSException: Connection refused\"},\"status\":\"DOWN\"}");
            } finally {
                assertTimeoutPreemptively(Duration.ofSeconds(30), context::close, "shutdown waits on the broker");
            }
        }
    }
}
