package vn.wardqms.service.reports;

import java.time.Clock;

import org.alfresco.core.handler.GroupsApi;
import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.SitesApi;
import org.alfresco.search.handler.SearchApi;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import vn.wardqms.service.config.QmsProperties;
import vn.wardqms.service.retention.DispositionCandidates;
import vn.wardqms.service.retention.FileList;

@Configuration(proxyBeanMethods = false)
public class ReportsConfiguration {

    @Bean
    RegisterSource registerSource(SearchApi search, Clock clock) {
        return new RegisterSource(search, clock.getZone());
    }

    @Bean
    QmsReports qmsReports(SearchApi search, GroupsApi groups, Clock clock) {
        return new QmsReports(search, groups, clock);
    }

    @Bean
    ReportPublisher reportPublisher(NodesApi nodes, SitesApi sites, QmsProperties properties, QmsReports reports, RegisterSource register,
                                    Clock clock, FileList fileList, DispositionCandidates candidates) {
        return new ReportPublisher(nodes, sites, properties, reports, register, new DocumentRegister(), new TableWriter(), clock, fileList,
                candidates);
    }

    @Bean
    ReportCommand reportCommand(ReportPublisher publisher, QmsReports reports, RegisterSource register, Clock clock, FileList fileList,
                                DispositionCandidates candidates) {
        return new ReportCommand(publisher, reports, register, clock, fileList, candidates);
    }

    @Bean
    @ConditionalOnProperty(name = "ward-qms.reports.enabled", havingValue = "true", matchIfMissing = true)
    ScheduledReports scheduledReports(ReportPublisher publisher) {
        return new ScheduledReports(publisher);
    }

    /** Publishes the reports every day (ward-qms.reports.schedule, a cron expression in the office's time zone). */
    public static class ScheduledReports {
        private final ReportPublisher publisher;

        ScheduledReports(ReportPublisher publisher) {
            this.publisher = publisher;
        }

        @Scheduled(cron = "${ward-qms.reports.schedule:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
        public void run() {
            publisher.publishAll();
        }
    }
}
