package vn.wardqms.service.lifecycle;

import java.time.Clock;
import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.SitesApi;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import io.micrometer.core.instrument.MeterRegistry;
import vn.wardqms.service.config.QmsProperties;

@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = WorkflowApi.class)
public class LifecycleConfiguration {

    @Bean
    CodeAllocator codeAllocator(NodesApi nodes) {
        return new CodeAllocator(nodes);
    }

    @Bean
    SiteAreas siteAreas(NodesApi nodes, SitesApi sites, QmsProperties properties) {
        return new SiteAreas(nodes, sites, properties);
    }

    // Handlers in the order a document goes: published, in force, its predecessor superseded and kept apart (which
    // frees the name in the area), then the new issue placed there.

    @Bean
    @Order(1)
    PublicationHandler publicationHandler(NodesApi nodes, CodeAllocator codes, LifecycleProperties settings, SiteAreas areas, Clock clock) {
        return new PublicationHandler(nodes, codes, settings, areas::codeClaims, clock.getZone());
    }

    @Bean
    @Order(2)
    EffectiveDateHandler effectiveDateHandler(NodesApi nodes, Clock clock) {
        return new EffectiveDateHandler(nodes, clock);
    }

    @Bean
    @Order(5)
    PlacementHandler placementHandler(NodesApi nodes, SiteAreas areas) {
        return new PlacementHandler(nodes, areas);
    }

    @Bean
    @Order(3)
    SupersessionHandler supersessionHandler(NodesApi nodes, Clock clock, QmsProperties properties) {
        return new SupersessionHandler(nodes, clock, properties.acs().username());
    }

    @Bean
    @Order(6)
    ReviewScheduler reviewScheduler(NodesApi nodes, WorkflowApi workflow, LifecycleProperties settings, Clock clock, MeterRegistry metrics) {
        return new ReviewScheduler(nodes, workflow, settings, clock, metrics);
    }

    @Bean
    @Order(7)
    LegalChangeHandler legalChangeHandler(NodesApi nodes, WorkflowApi workflow, Clock clock) {
        return new LegalChangeHandler(nodes, workflow, clock);
    }

    @Bean
    @Order(4)
    ObsoleteAreaHandler obsoleteAreaHandler(NodesApi nodes, SiteAreas areas) {
        return new ObsoleteAreaHandler(nodes, areas);
    }
}
