package vn.wardqms.service.lifecycle;

import java.time.Clock;
import java.util.function.Supplier;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.SitesApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.wardqms.service.config.QmsProperties;
import vn.wardqms.service.provisioning.SiteLayout;

@Configuration(proxyBeanMethods = false)
public class LifecycleConfiguration {

    @Bean
    CodeAllocator codeAllocator(NodesApi nodes) {
        return new CodeAllocator(nodes);
    }

    @Bean
    PublicationHandler publicationHandler(NodesApi nodes, SitesApi sites, CodeAllocator codes, LifecycleProperties settings,
                                          QmsProperties properties, Clock clock) {
        return new PublicationHandler(nodes, codes, settings, claimsFolder(nodes, sites, properties), clock.getZone());
    }

    @Bean
    EffectiveDateHandler effectiveDateHandler(NodesApi nodes, Clock clock) {
        return new EffectiveDateHandler(nodes, clock);
    }

    /**
     * The code claims folder that provisioning made, looked up at each publication (two reads; publications are
     * rare) so that a re-provisioned folder is always the one used.
     */
    static Supplier<String> claimsFolder(NodesApi nodes, SitesApi sites, QmsProperties properties) {
        return () -> nodes.getNode(sites.getSiteContainer(properties.siteId(), "documentLibrary", null).getBody().getEntry().getFolderId(),
                null, SiteLayout.SYSTEM + "/" + SiteLayout.CODE_CLAIMS, null).getBody().getEntry().getId();
    }
}
