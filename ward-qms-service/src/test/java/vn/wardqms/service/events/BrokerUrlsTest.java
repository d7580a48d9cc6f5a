package vn.wardqms.service.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrokerUrlsTest {
    @Test
    void aFailoverUrlGivesUpStartingAfterSomeAttemptsUnlessItSaysOtherwise() {
        assertThat(BrokerUrls.withStartupAttempts("failover:(tcp://activemq:61616)", 3))
                .isEqualTo("failover:(tcp://activemq:61616)?startupMaxReconnectAttempts=3");
        assertThat(BrokerUrls.withStartupAttempts("failover:(tcp://a:61616,tcp://b:61616)?randomize=false", 3))
                .isEqualTo("failover:(tcp://a:61616,tcp://b:61616)?randomize=false&startupMaxReconnectAttempts=3");
        assertThat(BrokerUrls.withStartupAttempts("failover:(tcp://activemq:61616)?startupMaxReconnectAttempts=10", 3))
                .isEqualTo("failover:(tcp://activemq:61616)?startupMaxReconnectAttempts=10");
        assertThat(BrokerUrls.withStartupAttempts("vm://embedded?broker.persistent=false", 3)).isEqualTo("vm://embedded?broker.persistent=false");
    }
}
