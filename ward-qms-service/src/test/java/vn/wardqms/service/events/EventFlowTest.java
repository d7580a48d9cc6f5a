package vn.wardqms.service.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import vn.wardqms.service.SharedContracts;
import vn.wardqms.service.acs.FakeAcs;

/** Repository events through a real (embedded) ActiveMQ broker to the handlers, as the repository sends them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "ward-qms.reconciliation.enabled=false")
class EventFlowTest {
    static final FakeAcs acs = FakeAcs.start();
    static final Path SAMPLES = SharedContracts.dir().resolve("alfresco/events/samples");

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        acs.registerRepository(registry);
        registry.add("ward-qms.broker.url", () -> FakeAcs.embeddedBroker("event-flow"));
    }

    @TestConfiguration
    static class Handlers {
        @Bean
        RecordingHandler recordingHandler() {
            return new RecordingHandler(null);
        }
    }

    @Autowired
    JmsTemplate jms;
    @Autowired
    RecordingHandler handler;
    @Autowired
    MeterRegistry metrics;

    @AfterAll
    static void stop() {
        acs.close();
    }

    @Test
    void samplesDuplicatesReorderingAndBadMessagesLeaveTheListenerWorking() throws IOException {
        // The repository's samples, about a QMS document (a folder rule has made them qms:controlledDocument).
        String created = qms(Files.readString(SAMPLES.resolve("noAuth-NodeCreatedEvent.json")));
        String updated = qms(Files.readString(SAMPLES.resolve("noAuth-NodeUpdatedEvent.json")));
        String plainContent = Files.readString(SAMPLES.resolve("auth-NodeCreatedEvent.json"));
        String createdId = "7491120a-e2cb-478f-8599-ebf057cc0c7c";
        String updatedId = "d366f805-853f-46ac-a81c-af9c257ee876";
        subscribed();

        send(updated);                       // out of order: the update before the creation
        send(created);
        send(created);                       // delivered twice (same event id)
        send(withNewId(created));            // the same node, a new event: handled again (idempotent handlers)
        send(created.substring(0, 200));     // truncated
        send(updated.replace("\"time\": \"2020-04-27T14:25:59.855866+01:00\"", "\"time\": [1]"));   // wrong type
        send(Files.readString(SAMPLES.resolve("NonExistingResource.json")));                       // unknown type
        send(Files.readString(SAMPLES.resolve("noAuth-ChildAssocCreated.json")));                  // not for this handler
        send(withNewId(plainContent));                                                             // not a QMS node
        jms.send(topic(), session -> {                                                             // as bytes
            var message = session.createBytesMessage();
            message.writeBytes(withNewId(updated).getBytes(StandardCharsets.UTF_8));
            return message;
        });
        String sentinel = withNewId(created).replace(createdId, "5e11e1a1-0000-4000-8000-000000000001");
        send(sentinel);

        await().atMost(Duration.ofSeconds(20)).until(() -> handler.handled.contains("5e11e1a1-0000-4000-8000-000000000001"));
        assertThat(handler.handled).containsExactly(updatedId, createdId, createdId, updatedId, "5e11e1a1-0000-4000-8000-000000000001");
        assertThat(count("ward_qms.events", "outcome", "duplicate")).isEqualTo(1);
        assertThat(count("ward_qms.events", "reason", "not-json")).isEqualTo(1);
        assertThat(count("ward_qms.events", "reason", "wrong-type")).isEqualTo(1);
        assertThat(count("ward_qms.events", "reason", "unknown-type")).isEqualTo(1);
        assertThat(count("ward_qms.events", "outcome", "ignored")).isEqualTo(2);
        assertThat(acs.violations()).isEmpty();
    }

    /** The topic is non-durable: wait until our subscription is live (a probe comes through) before the test. */
    private void subscribed() throws IOException {
        String probe = qms(Files.readString(SAMPLES.resolve("noAuth-NodeCreatedEvent.json")))
                .replace("7491120a-e2cb-478f-8599-ebf057cc0c7c", "00000000-0000-4000-8000-00000000beef");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            send(withNewId(probe));
            return handler.handled.contains("00000000-0000-4000-8000-00000000beef");
        });
        await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        handler.handled.clear();
        baseline = new java.util.HashMap<>();
        for (String[] key : COUNTED) {
            baseline.put(String.join("=", key), total(key[0], key[1], key[2]));
        }
    }

    private static final String[][] COUNTED = {{"ward_qms.events", "outcome", "duplicate"}, {"ward_qms.events", "reason", "not-json"},
            {"ward_qms.events", "reason", "wrong-type"}, {"ward_qms.events", "reason", "unknown-type"},
            {"ward_qms.events", "outcome", "ignored"}};
    private java.util.Map<String, Double> baseline;

    /** Since the subscription was live (the probes are not counted). */
    private double count(String name, String tag, String value) {
        return total(name, tag, value) - baseline.getOrDefault(name + "=" + tag + "=" + value, 0.0);
    }

    private double total(String name, String tag, String value) {
        return metrics.find(name).tag(tag, value).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private void send(String json) {
        jms.convertAndSend(topic(), json);
    }

    private String topic() {
        return "alfresco.repo.event2";
    }

    private static String qms(String event) {
        return event.replaceFirst("\"nodeType\": \"cm:content\"", "\"nodeType\": \"qms:controlledDocument\"");
    }

    private static String withNewId(String event) {
        return event.replaceFirst("\"id\": \"[^\"]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
    }
}
