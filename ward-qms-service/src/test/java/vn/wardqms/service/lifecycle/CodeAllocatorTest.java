package vn.wardqms.service.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alfresco.core.handler.NodesApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.wardqms.service.acs.FakeAcs;

/** Codes are unique and gap-free even when publications run at once; a retried publication keeps its code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.jms.listener.auto-startup=false", "ward-qms.reconciliation.enabled=false"})
class CodeAllocatorTest {
    static final FakeAcs acs = FakeAcs.start();
    static final LifecycleProperties.CodePattern PROCEDURES = new LifecycleProperties(Map.of("PROCEDURE", "QT-{nn}"), 7, 30, "UBND PHƯỜNG THỬ", null, null, null).pattern("PROCEDURE");

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        acs.registerRepository(registry);
        registry.add("ward-qms.broker.url", () -> FakeAcs.embeddedBroker("codes-test"));
    }

    @Autowired
    NodesApi nodes;

    @AfterEach
    void contract() {
        assertThat(acs.violations()).isEmpty();
        acs.clear();
    }

    @AfterAll
    static void stop() {
        acs.close();
    }

    @Test
    void concurrentPublicationsGetDistinctConsecutiveCodes() throws Exception {
        String claims = acs.repository().add("system", "Mã hiệu tài liệu", "cm:folder").id;
        acs.repository().add(claims, "QT-01", "cm:folder").properties.put("cm:title", "an-earlier-document");
        CodeAllocator allocator = new CodeAllocator(nodes);
        int publications = 8;
        ExecutorService pool = Executors.newFixedThreadPool(publications);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> codes = new ArrayList<>();
        for (int i = 0; i < publications; i++) {
            String document = "doc-" + i;
            codes.add(pool.submit((Callable<String>) () -> {
                start.await();
                return allocator.allocate(claims, PROCEDURES, document);
            }));
        }
        start.countDown();
        List<String> given = new ArrayList<>();
        for (Future<String> code : codes) {
            given.add(code.get());
        }
        pool.shutdown();
        assertThat(given).containsExactlyInAnyOrder("QT-02", "QT-03", "QT-04", "QT-05", "QT-06", "QT-07", "QT-08", "QT-09");
        // A publication retried after a failure gets the code it had claimed, not a new one.
        assertThat(allocator.allocate(claims, PROCEDURES, "doc-3")).isEqualTo(given.get(3));
        assertThat(acs.repository().nodes.values().stream().filter(n -> claims.equals(n.parentId)).count()).isEqualTo(9);
    }

    @Test
    void patternsAreCheckedAtStartUp() {
        assertThat(PROCEDURES.format(7)).isEqualTo("QT-07");
        assertThat(PROCEDURES.numberOf("QT-12")).isEqualTo(12);
        assertThat(PROCEDURES.numberOf("BM-12")).isEqualTo(-1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LifecycleProperties(Map.of("FORM", "bm-{nn}"), 7, 30, "UBND PHƯỜNG THỬ", null, null, null))
                .hasMessageContaining("ward-qms.lifecycle.code-patterns.FORM gives codes such as 'bm-1'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LifecycleProperties(Map.of("FORM", "BM-QT"), 7, 30, "UBND PHƯỜNG THỬ", null, null, null))
                .hasMessageContaining("must hold exactly one number");
        LifecycleProperties periods = new LifecycleProperties(Map.of("FORM", "BM-{nn}"), 7, 30, "UBND PHƯỜNG THỬ", null, null, Map.of("FORM", 24));
        assertThat(periods.reviewMonths("FORM")).isEqualTo(24);
        assertThat(periods.reviewMonths("PROCEDURE")).as("a kind not listed").isEqualTo(12);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LifecycleProperties(Map.of("FORM", "BM-{nn}"), 7, 30, "UBND PHƯỜNG THỬ", null, null,
                Map.of("FORM", 0))).hasMessageContaining("ward-qms.lifecycle.review-months.FORM must be a number of months from 1 to 120, not 0");
    }
}
