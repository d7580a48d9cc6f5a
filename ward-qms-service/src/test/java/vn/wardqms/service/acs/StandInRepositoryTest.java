package vn.wardqms.service.acs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test of the service against the stand-in repository: the service's clients point at it, the event listener and
 * the schedules are off (tests drive handlers and sweeps themselves), and after each test every interaction must have
 * kept the API's contract; the repository is emptied whatever the outcome. One stand-in serves every such test class
 * of the run (Spring can then share their contexts); a class adds its own settings with {@code @TestPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.jms.listener.auto-startup=false", "ward-qms.reconciliation.enabled=false", "ward-qms.reports.enabled=false",
                "ward-qms.retention.competent-persons[0].authority=Ủy ban nhân dân phường Bắc Cam Ranh",
                "ward-qms.retention.competent-persons[0].titles[0]=Chủ tịch", "ward-qms.retention.competent-persons[0].titles[1]=Phó Chủ tịch"})
public abstract class StandInRepositoryTest {
    protected static final FakeAcs acs = FakeAcs.start();

    @DynamicPropertySource
    static void standInRepository(DynamicPropertyRegistry registry) {
        acs.registerRepository(registry);
        registry.add("ward-qms.broker.url", () -> FakeAcs.embeddedBroker("stand-in-repository"));
    }

    @AfterEach
    void everyInteractionKeptTheContract() {
        try {
            assertThat(acs.violations()).isEmpty();
        } finally {
            acs.clear();
        }
    }
}
