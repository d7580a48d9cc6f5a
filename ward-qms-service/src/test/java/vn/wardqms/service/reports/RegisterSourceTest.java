package vn.wardqms.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.alfresco.search.handler.SearchApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.wardqms.service.acs.FakeAcs;
import vn.wardqms.service.config.ClockConfiguration;

/** The register's rows come from the search API, page by page, as the writer reads them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.jms.listener.auto-startup=false", "ward-qms.reconciliation.enabled=false"})
class RegisterSourceTest {
    static final FakeAcs acs = FakeAcs.start();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        acs.registerRepository(registry);
        registry.add("ward-qms.broker.url", () -> FakeAcs.embeddedBroker("register-test"));
    }

    @Autowired
    SearchApi search;

    @AfterAll
    static void stop() {
        acs.close();
    }

    @Test
    void rowsArePagedInAsTheyAreRead() {
        List<FakeAcs.FakeNode> documents = new ArrayList<>();
        IntStream.rangeClosed(1, 2_300).forEach(i -> {
            FakeAcs.FakeNode doc = acs.repository().add("procedures", "QT-" + i + ".docx", "qms:controlledDocument");
            doc.properties.put("cm:title", "Quy trình số " + i);
            doc.properties.put("qms:documentCode", String.format("QT-%04d", i));
            doc.properties.put("qms:documentKind", "PROCEDURE");
            doc.properties.put("qms:issueNumber", "2");
            doc.properties.put("qms:issueDate", "2026-11-20");
            doc.properties.put("qms:effectiveDate", "2026-11-27");
            doc.properties.put("qms:ownerUnit", "Phòng Văn hóa - Xã hội");
            doc.properties.put("qms:lifecycleState", "EFFECTIVE");
            documents.add(doc);
        });
        acs.repository().search = query -> query.equals(RegisterSource.QUERY) ? documents : List.of();

        Iterator<RegisterRow> rows = new RegisterSource(search, ClockConfiguration.OFFICE_ZONE).rows();
        assertThat(acs.repository().searchRequestsFor(RegisterSource.QUERY)).as("nothing is read before it is asked for").isZero();
        RegisterRow first = rows.next();
        assertThat(first).isEqualTo(new RegisterRow("QT-0001", "Quy trình số 1", "PROCEDURE", "2", "2026-11-20", "2026-11-27",
                "Phòng Văn hóa - Xã hội", "EFFECTIVE"));
        assertThat(acs.repository().searchRequestsFor(RegisterSource.QUERY)).isEqualTo(1);
        int count = 1;
        while (rows.hasNext()) {
            rows.next();
            count++;
        }
        assertThat(count).isEqualTo(2_300);
        assertThat(acs.repository().searchRequestsFor(RegisterSource.QUERY)).isEqualTo(3);
        assertThat(acs.violations()).isEmpty();
    }
}
