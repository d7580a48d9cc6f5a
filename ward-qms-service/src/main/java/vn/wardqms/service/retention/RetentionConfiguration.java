package vn.wardqms.service.retention;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import org.alfresco.core.handler.NodesApi;
import org.alfresco.search.handler.SearchApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import vn.wardqms.service.config.InvalidConfigurationException;
import vn.wardqms.service.config.QmsProperties;
import vn.wardqms.service.lifecycle.GroupMembers;
import vn.wardqms.service.lifecycle.LifecycleProperties;
import vn.wardqms.service.lifecycle.SiteAreas;

@Configuration(proxyBeanMethods = false)
public class RetentionConfiguration {

    /** The schedule, read and checked at start-up: a bad one stops the service with file, line and field. */
    @Bean
    RetentionSchedule retentionSchedule(RetentionProperties properties, ResourceLoader resources) {
        String location = properties.schedule();
        String resolved = location.contains(":") && !location.matches("^[A-Za-z]:\\\\.*") ? location : "file:" + location;
        Resource resource = resources.getResource(resolved);
        if (!resource.exists()) {
            throw new InvalidConfigurationException("ward-qms.retention.schedule", "names " + location + ", which does not exist");
        }
        try (InputStream in = resource.getInputStream()) {
            return RetentionSchedule.read(in, location.replaceFirst("^classpath:", ""));
        } catch (ScheduleException e) {
            throw new InvalidConfigurationException("ward-qms.retention.schedule", "is wrong: " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidConfigurationException("ward-qms.retention.schedule", "cannot read " + location + ": " + e.getMessage());
        }
    }

    @Bean
    RetentionClassifier retentionClassifier(RetentionSchedule schedule) {
        return new RetentionClassifier(schedule);
    }

    @Bean
    FileList fileList(SearchApi search) {
        return new FileList(search);
    }

    @Bean
    @Order(21)
    DispositionDueHandler dispositionDueHandler(NodesApi nodes, Clock clock) {
        return new DispositionDueHandler(nodes, clock);
    }

    @Bean
    @Order(22)
    DispositionRun dispositionRun(NodesApi nodes, SiteAreas areas, QmsProperties properties, LifecycleProperties lifecycle,
                                  RetentionProperties retention, Clock clock,
                                  SearchApi search, GroupMembers groups) {
        for (int i = 0; i < retention.competentPersons().size(); i++) {
            RetentionProperties.CompetentPerson person = retention.competentPersons().get(i);
            String key = "ward-qms.retention.competent-persons[" + i + "]";
            if (person.authority() == null || person.authority().isBlank()) {
                throw new InvalidConfigurationException(key + ".authority", "is empty: name the body whose competent person decides");
            }
            if (person.titles().isEmpty() || person.titles().stream().anyMatch(t -> t == null || t.isBlank())) {
                throw new InvalidConfigurationException(key + ".titles", "must list the titles that decide for " + person.authority() + ", none empty");
            }
        }
        return new DispositionRun(nodes, areas::auditRegister, properties.acs().username(), clock,
                new DispositionChecks(nodes, search, groups, areas::appraisal, clock),
                new DecisionDossier(nodes, groups, areas::dossiers, retention.competentPersons(), clock),
                new DispositionPapers(nodes, lifecycle.organisation(), clock));
    }

    @Bean
    DispositionCandidates dispositionCandidates(SearchApi search, RetentionClassifier classifier, Clock clock) {
        return new DispositionCandidates(search, classifier, clock);
    }

    @Bean
    @Order(20)
    FileClosingHandler fileClosingHandler(NodesApi nodes, RetentionClassifier classifier, Clock clock) {
        return new FileClosingHandler(nodes, classifier, clock);
    }
}
