package vn.wardqms.service.events;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.annotation.JmsListener;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/**
 * Listens to the repository's event topic. Every message is parsed and routed; a malformed or unknown one is logged
 * with the reason and counted, and never escapes: the listener keeps listening.
 */
public class RepositoryEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(RepositoryEventListener.class);

    private final EventParser parser;
    private final EventRouter router;
    private final MeterRegistry metrics;

    public RepositoryEventListener(EventParser parser, EventRouter router, MeterRegistry metrics) {
        this.parser = parser;
        this.router = router;
        this.metrics = metrics;
    }

    @JmsListener(destination = "${ward-qms.broker.topic}", containerFactory = "repositoryEventsContainerFactory")
    public void onMessage(Message message) {
        metrics.counter("ward_qms.events.received").increment();
        try {
            EventParser.Result result = parser.parse(body(message));
            if (result instanceof EventParser.Accepted accepted) {
                router.route(accepted.event());
            } else if (result instanceof EventParser.Rejected rejected) {
                reject(message, rejected.reason(), rejected.detail());
            }
        } catch (JMSException | RuntimeException e) {
            reject(message, "unreadable", e.toString());
        }
    }

    private void reject(Message message, String reason, String detail) {
        metrics.counter("ward_qms.events", "outcome", "rejected", "reason", reason).increment();
        LOG.warn("repository event rejected ({}): {} [message {}]", reason, detail, messageId(message));
    }

    private static byte[] body(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText() == null ? new byte[0] : text.getText().getBytes(StandardCharsets.UTF_8);
        }
        if (message instanceof BytesMessage bytes) {
            long length = bytes.getBodyLength();
            if (length > EventParser.MAX_BYTES) {
                return new byte[EventParser.MAX_BYTES + 1];
            }
            byte[] body = new byte[(int) length];
            bytes.readBytes(body);
            return body;
        }
        throw new IllegalArgumentException("a " + message.getClass().getSimpleName() + " is not a repository event");
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "?";
        }
    }
}
