package vn.wardqms.service.events;

/** ActiveMQ broker URLs. */
final class BrokerUrls {
    private BrokerUrls() {
    }

    /**
     * A failover URL with {@code startupMaxReconnectAttempts} set to {@code attempts} unless the URL sets it: a
     * connection that never reached the broker gives up after that many tries instead of blocking its caller for ever
     * (failover's own timeout option bounds sending messages only, not starting a connection); once connected, a
     * lost broker is still reconnected to without end. Any other URL as it is.
     */
    static String withStartupAttempts(String url, int attempts) {
        if (url == null || !url.startsWith("failover:") || url.matches(".*[?&]startupMaxReconnectAttempts=.*")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "startupMaxReconnectAttempts=" + attempts;
    }
}
