package vn.wardqms.service.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.events.RecordingHandler;

/** The sweep finds by search, page by page, every node whose state calls for a handler. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.jms.listener.auto-startup=false", "ward-qms.reconciliation.enabled=false"})
class ReconciliationSweepTest {
    static final FakeAcs acs = FakeAcs.start();
    static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'APPROVED'";

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        acs.registerRepository(registry);
        registry.add("ward-qms.broker.url", () -> FakeAcs.embeddedBroker("sweep-test"));
    }

    @TestConfiguration
    static class Handlers {
        @Bean
        RecordingHandler approvedDocuments() {
            return new RecordingHandler(QUERY);
        }
    }

    @Autowired
    ReconciliationSweep sweep;
    @Autowired
    RecordingHandler handler;

    @AfterAll
    static void stop() {
        acs.close();
    }

    @Test
    void everyMatchingNodeIsVisitedOncePageByPage() {
        acs.repository().searchMatches.put(QUERY, 2_500);

        ReconciliationSweep.Result result = sweep.sweep();

        assertThat(acs.repository().searchRequestsFor(QUERY)).isEqualTo(3);
        assertThat(result.nodesVisited()).isEqualTo(2_500);
        assertThat(result.actions()).isEqualTo(2_500);
        assertThat(handler.handled).hasSize(2_500);
        assertThat(new HashSet<>(handler.handled)).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, 2_500).mapToObj(i -> FakeAcs.Repository.matchId(QUERY, i)).toList());
        assertThat(acs.violations()).isEmpty();
    }

    @Test
    void nothingToDoIsOneRequest() {
        acs.repository().searchMatches.remove(QUERY);
        handler.handled.clear();
        acs.repository().searchRequestsByQuery.clear();
        ReconciliationSweep.Result result = sweep.sweep();
        assertThat(acs.repository().searchRequestsFor(QUERY)).isEqualTo(1);
        assertThat(result.nodesVisited()).isZero();
        assertThat(result.actions()).isZero();
        assertThat(acs.violations()).isEmpty();
    }
}
