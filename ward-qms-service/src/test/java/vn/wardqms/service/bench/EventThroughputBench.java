package vn.wardqms.service.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.activemq.broker.BrokerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.wardqms.service.SharedContracts;
import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.events.QmsNodeHandler;
import vn.wardqms.service.events.RepoEvent;

/**
 * Events through a real ActiveMQ broker (TCP on loopback) to the handlers: parse, route, handle. Target: at least
 * 500 events/s on this 2-core machine, none lost.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "ward-qms.reconciliation.enabled=false")
class EventThroughputBench {
    static final int EVENTS = 20_000;
    static final FakeAcs acs = FakeAcs.start();
    static final BrokerService broker = broker();

    static BrokerService broker() {
        try {
            BrokerService b = new BrokerService();
            b.setPersistent(false);
            b.setUseJmx(false);
            b.addConnector("tcp://127.0.0.1:0");
            b.start();
            return b;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) throws Exception {
        acs.registerRepository(registry);
        String url = broker.getTransportConnectors().get(0).getPublishableConnectString();
        registry.add("ward-qms.broker.url", () -> url);
    }

    static final Set<String> handled = ConcurrentHashMap.newKeySet();

    @TestConfiguration
    static class Handler {
        @Bean
        QmsNodeHandler counting() {
            return new QmsNodeHandler() {
                public String name() {
                    return "counting";
                }

                public boolean wants(RepoEvent event) {
                    return event.type().isNodeEvent();
                }

                public boolean handle(String nodeId) {
                    handled.add(nodeId);
                    return false;
                }

                public String reconciliationQuery() {
                    return null;
                }
            };
        }
    }

    @Autowired
    JmsTemplate jms;

    @AfterAll
    static void stop() throws Exception {
        broker.stop();
        acs.close();
    }

    @Test
    void eventsPerSecondThroughTheBroker() throws IOException {
        String template = Files.readString(SharedContracts.dir().resolve("alfresco/events/samples/noAuth-NodeUpdatedEvent.json"))
                .replaceFirst("\"nodeType\": \"cm:content\"", "\"nodeType\": \"qms:controlledDocument\"");
        // Wait for the subscription (the topic is non-durable).
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            jms.convertAndSend("alfresco.repo.event2", event(template, -1));
            return handled.contains(nodeId(-1));
        });
        handled.clear();
        long start = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            jms.convertAndSend("alfresco.repo.event2", event(template, i));
        }
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> handled.size() >= EVENTS);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = EVENTS / seconds;
        String line = String.format("BENCH events: %d events through the broker (tcp, loopback) handled in %.2f s = %.0f events/s, lost %d",
                EVENTS, seconds, rate, EVENTS - handled.size());
        System.out.println(line);
        Files.writeString(Path.of("target/bench-events.txt"), line + System.lineSeparator());
        assertThat(handled).hasSize(EVENTS);
        assertThat(rate).isGreaterThanOrEqualTo(500);
    }

    private static String nodeId(int i) {
        return String.format("be0c0000-0000-4000-8000-%012d", i + 1);
    }

    private static String event(String template, int i) {
        return template.replace("df708027-e0a8-4b30-92a5-0d19235a7800", String.format("e0e0e0e0-0000-4000-8000-%012d", i + 1))
                .replace("d366f805-853f-46ac-a81c-af9c257ee876", nodeId(i));
    }
}
