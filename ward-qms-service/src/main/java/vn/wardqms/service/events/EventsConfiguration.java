package vn.wardqms.service.events;

import org.alfresco.core.handler.NodesApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jms.autoconfigure.DefaultJmsListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.annotation.EnableJms;
import org.springframework.jms.config.DefaultJmsListenerContainerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.jms.ConnectionFactory;

@Configuration(proxyBeanMethods = false)
@EnableJms
public class EventsConfiguration {

    @Bean
    EventParser eventParser() {
        return new EventParser();
    }

    @Bean
    EventRouter eventRouter(ObjectProvider<QmsNodeHandler> handlers, NodesApi nodes, MeterRegistry metrics) {
        return new EventRouter(handlers.orderedStream().toList(), id -> CurrentStateHandler.reading(nodes, id), metrics);
    }

    @Bean
    RepositoryEventListener repositoryEventListener(EventParser parser, EventRouter router, MeterRegistry metrics) {
        return new RepositoryEventListener(parser, router, metrics);
    }

    /**
     * The repository publishes on a topic (non-durable: at most once). One consumer keeps events of a node in the
     * order the broker delivers them; handlers re-read the node anyway.
     */
    @Bean
    DefaultJmsListenerContainerFactory repositoryEventsContainerFactory(ConnectionFactory connectionFactory,
                                                                        DefaultJmsListenerContainerFactoryConfigurer configurer) {
        DefaultJmsListenerContainerFactory factory = new DefaultJmsListenerContainerFactory();
        configurer.configure(factory, connectionFactory);
        factory.setPubSubDomain(true);
        factory.setConcurrency("1");
        return factory;
    }
}
