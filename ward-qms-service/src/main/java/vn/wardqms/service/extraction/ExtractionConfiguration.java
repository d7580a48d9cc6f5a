package vn.wardqms.service.extraction;

import java.time.Clock;

import org.alfresco.core.handler.NodesApi;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
public class ExtractionConfiguration {

    @Bean
    CoverPageExtractor coverPageExtractor(ExtractionProperties properties) {
        return new CoverPageExtractor(properties.limits());
    }

    /** First of the handlers: it concerns drafts only, before any lifecycle handler has a say. */
    @Bean
    @Order(0)
    @ConditionalOnProperty(name = "ward-qms.extraction.prefill", havingValue = "true", matchIfMissing = true)
    CoverPagePrefillHandler coverPagePrefillHandler(NodesApi nodes, CoverPageExtractor extractor, Clock clock) {
        return new CoverPagePrefillHandler(nodes, extractor, clock);
    }
}
