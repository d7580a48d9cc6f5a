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
        // A broker that is away is tried again and again, waiting longer each time, up to a minute; never given up on.
        org.springframework.util.backoff.ExponentialBackOff backOff = new org.springframework.util.backoff.ExponentialBackOff(1_000, 2);
        backOff.setMaxInterval(60_000);
        factory.setBackOff(backOff);
        return factory;
    }

    /**
     * A failover URL blocks the caller until the broker answers, for ever by default: the listener's start (and with it
     * the whole start-up, health, and shutdown on SIGTERM) would hang on a broker that is not there. Limited to a few
     * attempts at start, the connection fails, the listener container goes on trying in its own thread (the back-off
     * above), and health says DOWN with the reason.
     */
    @Bean
    org.springframework.boot.activemq.autoconfigure.ActiveMQConnectionFactoryCustomizer brokerStartupAttempts(
            @org.springframework.beans.factory.annotation.Value("${ward-qms.broker.startup-attempts:3}") int attempts) {
        return factory -> factory.setBrokerURL(BrokerUrls.withStartupAttempts(factory.getBrokerURL(), attempts));
    }
}
