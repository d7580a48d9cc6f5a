package vn.wardqms.service.lifecycle;

import java.time.Clock;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.RenditionsApi;
import org.alfresco.core.handler.SitesApi;
import org.alfresco.core.handler.VersionsApi;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import io.micrometer.core.instrument.MeterRegistry;
import vn.wardqms.service.config.InvalidConfigurationException;
import vn.wardqms.service.config.QmsProperties;
import vn.wardqms.service.lifecycle.pdf.ApprovalManifest;
import vn.wardqms.service.lifecycle.pdf.ObsoleteStamp;
import vn.wardqms.service.lifecycle.pdf.PdfFonts;

@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = WorkflowApi.class)
public class LifecycleConfiguration {

    @Bean
    CodeAllocator codeAllocator(NodesApi nodes) {
        return new CodeAllocator(nodes);
    }

    @Bean
    SiteAreas siteAreas(NodesApi nodes, QmsProperties properties) {
        return new SiteAreas(nodes, properties);
    }

    @Bean
    IssuedCopies issuedCopies(NodesApi nodes, RenditionsApi renditions, LifecycleProperties settings, Clock clock) {
        ObsoleteStamp stamp = new ObsoleteStamp(PdfFonts.DEJAVU);
        String missing = stamp.unprintable(settings.obsoleteStamp());
        if (!missing.isEmpty()) {
            throw new InvalidConfigurationException("ward-qms.lifecycle.obsolete-stamp", "has characters the PDF font cannot print: " + missing);
        }
        return new IssuedCopies(nodes, renditions, new ApprovalManifest(PdfFonts.DEJAVU), stamp, settings, clock);
    }

    // Handlers in the order a document goes: published, its issue recorded (one major version, PDF copy), in force,
    // its predecessor superseded and kept apart (which frees the name in the area), then the new issue placed there.

    @Bean
    @Order(1)
    PublicationHandler publicationHandler(NodesApi nodes, CodeAllocator codes, LifecycleProperties settings, SiteAreas areas, Clock clock,
                                          QmsProperties properties, ApprovalEvidence approvals) {
        return new PublicationHandler(nodes, codes, settings, areas::codeClaims, clock.getZone(), properties.acs().username(), approvals);
    }

    @Bean
    GroupMembers groupMembers(org.alfresco.core.handler.GroupsApi groups) {
        return new GroupMembers(groups);
    }

    @Bean
    ApprovalEvidence approvalEvidence(WorkflowApi workflow, GroupMembers groups, Clock clock) {
        return new ApprovalEvidence(workflow, groups, clock.getZone());
    }

    @Bean
    @Order(2)
    IssueRecordHandler issueRecordHandler(NodesApi nodes, VersionsApi versions, IssuedCopies copies, Clock clock) {
        return new IssueRecordHandler(nodes, versions, copies, clock.getZone());
    }

    @Bean
    @Order(3)
    EffectiveDateHandler effectiveDateHandler(NodesApi nodes, Clock clock, LifecycleProperties settings) {
        return new EffectiveDateHandler(nodes, clock, settings::reviewMonths);
    }

    @Bean
    @Order(4)
    SupersessionHandler supersessionHandler(NodesApi nodes, Clock clock, QmsProperties properties) {
        return new SupersessionHandler(nodes, clock, properties.acs().username());
    }

    @Bean
    @Order(5)
    ObsoleteAreaHandler obsoleteAreaHandler(NodesApi nodes, SiteAreas areas, IssuedCopies copies) {
        return new ObsoleteAreaHandler(nodes, areas, copies);
    }

    @Bean
    @Order(6)
    PlacementHandler placementHandler(NodesApi nodes, SiteAreas areas, IssuedCopies copies, QmsProperties properties) {
        return new PlacementHandler(nodes, areas, copies, properties.acs().username());
    }

    @Bean
    @Order(7)
    ReviewScheduler reviewScheduler(NodesApi nodes, WorkflowApi workflow, LifecycleProperties settings, Clock clock, MeterRegistry metrics) {
        return new ReviewScheduler(nodes, workflow, settings, clock, metrics);
    }

    @Bean
    @Order(10)
    DraftVersionsHandler draftVersionsHandler(NodesApi nodes, VersionsApi versions, DraftVersionsProperties settings) {
        return new DraftVersionsHandler(nodes, versions, settings);
    }

    @Bean
    @Order(9)
    AcknowledgementHandler acknowledgementHandler(NodesApi nodes, WorkflowApi workflow) {
        return new AcknowledgementHandler(nodes, workflow);
    }

    @Bean
    @Order(8)
    LegalChangeHandler legalChangeHandler(NodesApi nodes, WorkflowApi workflow, Clock clock) {
        return new LegalChangeHandler(nodes, workflow, clock);
    }
}
