package vn.wardqms.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.events.QmsNodeHandler;
import vn.wardqms.service.events.RepoEvent;
import vn.wardqms.service.reconciliation.ReconciliationSweep;

/**
 * The reconciliation sweep over 100,000 matching nodes served in pages by the stand-in repository: at most 100
 * search requests (page size 1,000), and the heap retained after a collection does not grow with the count.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.jms.listener.auto-startup=false", "ward-qms.reconciliation.enabled=false"})
class SweepBench {
    static final FakeAcs acs = FakeAcs.start();
    static final String QUERY = "TYPE:'qms:controlledDocument' AND =qms:lifecycleState:'APPROVED'";
    static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    static final AtomicLong visited = new AtomicLong();
    static final List<Long> retainedAt = new ArrayList<>();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        acs.registerRepository(registry);
        registry.add("ward-qms.broker.url", () -> FakeAcs.embeddedBroker("sweep-bench"));
    }

    @TestConfiguration
    static class Handler {
        @Bean
        QmsNodeHandler measuring() {
            return new QmsNodeHandler() {
                public String name() {
                    return "measuring";
                }

                public boolean wants(RepoEvent event) {
                    return false;
                }

                public boolean handle(String nodeId) {
                    if (visited.incrementAndGet() % 10_000 == 0) {
                        System.gc();
                        retainedAt.add(MEMORY.getHeapMemoryUsage().getUsed());
                    }
                    return false;
                }

                public String reconciliationQuery() {
                    return QUERY;
                }
            };
        }
    }

    @Autowired
    ReconciliationSweep sweep;

    @AfterAll
    static void stop() {
        acs.close();
    }

    @Test
    void hundredThousandNodesInAtMostHundredRequestsWithFlatMemory() throws IOException {
        acs.repository().searchMatches.put(QUERY, 100_000);
        long start = System.nanoTime();
        ReconciliationSweep.Result result = sweep.sweep();
        double seconds = (System.nanoTime() - start) / 1e9;

        long first = retainedAt.get(0);
        long last = retainedAt.get(retainedAt.size() - 1);
        long max = retainedAt.stream().mapToLong(Long::longValue).max().orElseThrow();
        String line = String.format("BENCH sweep: %d nodes, %d search requests, %.1f s (%.0f nodes/s); heap retained after GC: "
                        + "%.1f MB at 10k, %.1f MB at 100k, max %.1f MB (growth %.1f MB)",
                result.nodesVisited(), acs.repository().searchRequestsFor(QUERY), seconds, result.nodesVisited() / seconds,
                first / 1e6, last / 1e6, max / 1e6, (last - first) / 1e6);
        System.out.println(line);
        Files.writeString(Path.of("target/bench-sweep.txt"), line + System.lineSeparator());
        assertThat(result.nodesVisited()).isEqualTo(100_000);
        assertThat(acs.repository().searchRequestsFor(QUERY)).isLessThanOrEqualTo(100);
        assertThat(last - first).as("heap growth from 10k to 100k nodes").isLessThan(16_000_000L);
        assertThat(acs.violations()).isEmpty();
    }
}
