package vn.wardqms.service.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.wardqms.service.acs.FakeAcs;

/** A handler acts on the node as it is now, not as the event said: stale, repeated or late work does nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.jms.listener.auto-startup=false", "ward-qms.reconciliation.enabled=false"})
class CurrentStateHandlerTest {
    static final FakeAcs acs = FakeAcs.start();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        acs.registerRepository(registry);
        registry.add("ward-qms.broker.url", () -> FakeAcs.embeddedBroker("state-test"));
    }

    @Autowired
    NodesApi nodes;

    @AfterAll
    static void stop() {
        acs.close();
    }

    /** Marks an APPROVED document as seen; a document in any other state is left alone. */
    static final class MarkApproved extends CurrentStateHandler {
        final List<String> acted = new ArrayList<>();
        private final FakeAcs.Repository repository;

        MarkApproved(NodesApi nodes, FakeAcs.Repository repository) {
            super(nodes);
            this.repository = repository;
        }

        public String name() {
            return "mark-approved";
        }

        public boolean wants(RepoEvent event) {
            return true;
        }

        public String reconciliationQuery() {
            return null;
        }

        @Override
        protected boolean needsAction(Node current) {
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) current.getProperties();
            return "APPROVED".equals(props.get("qms:lifecycleState"));
        }

        @Override
        protected void act(Node current) {
            acted.add(current.getId());
            repository.nodes.get(current.getId()).properties.put("qms:lifecycleState", "EFFECTIVE");
        }
    }

    @Test
    void actsOnceOnTheCurrentStateAndNeverOnAGoneNode() {
        FakeAcs.Repository repo = acs.repository();
        FakeAcs.FakeNode doc = repo.add("parent", "QT-01.docx", "qms:controlledDocument");
        doc.properties.put("qms:lifecycleState", "APPROVED");
        FakeAcs.FakeNode draft = repo.add("parent", "QT-02.docx", "qms:controlledDocument");
        draft.properties.put("qms:lifecycleState", "DRAFT");
        MarkApproved handler = new MarkApproved(nodes, repo);

        assertThat(handler.handle(doc.id)).isTrue();
        assertThat(handler.handle(doc.id)).as("the same event again").isFalse();
        assertThat(handler.handle(draft.id)).as("an event that no longer matches the node").isFalse();
        assertThat(handler.handle("0b5e1e7e-0000-4000-8000-000000000000")).as("a deleted node").isFalse();
        assertThat(handler.acted).containsExactly(doc.id);
        assertThat(acs.violations()).isEmpty();
    }
}
