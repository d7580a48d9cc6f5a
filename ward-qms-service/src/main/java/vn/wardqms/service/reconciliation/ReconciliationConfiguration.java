package vn.wardqms.service.reconciliation;

import org.alfresco.search.handler.SearchApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import io.micrometer.core.instrument.MeterRegistry;
import vn.wardqms.service.events.QmsNodeHandler;

@Configuration(proxyBeanMethods = false)
public class ReconciliationConfiguration {

    @Bean
    ReconciliationSweep reconciliationSweep(SearchApi search, ObjectProvider<QmsNodeHandler> handlers, MeterRegistry metrics) {
        return new ReconciliationSweep(search, handlers.orderedStream().toList(), metrics);
    }

    @Bean
    @ConditionalOnProperty(name = "ward-qms.reconciliation.enabled", havingValue = "true", matchIfMissing = true)
    ScheduledSweep scheduledSweep(ReconciliationSweep sweep) {
        return new ScheduledSweep(sweep);
    }

    /** Runs the sweep every ward-qms.sweep-interval (first one a minute after start-up). */
    public static class ScheduledSweep {
        private final ReconciliationSweep sweep;

        ScheduledSweep(ReconciliationSweep sweep) {
            this.sweep = sweep;
        }

        @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${ward-qms.sweep-interval}")
        public void run() {
            sweep.sweep();
        }
    }
}
