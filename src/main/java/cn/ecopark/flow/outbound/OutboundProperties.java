package cn.ecopark.flow.outbound;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where outbound events go and how hard we try ({@code ecopark.outbound.*}). Each endpoint has a URL, a shared
 * secret for the HMAC signature and the event types it wants (empty: all). The retry figures are operating
 * settings, not law.
 */
@ConfigurationProperties(prefix = "ecopark.outbound")
public class OutboundProperties {

    private List<Endpoint> endpoints = new ArrayList<>();
    /** Attempts per delivery before it is marked FAILED (an admin reads it in the delivery log). */
    private int maxAttempts = 8;
    /** Wait before the first retry; each further retry waits twice as long, up to {@link #maxBackoff}. */
    private Duration firstRetry = Duration.ofSeconds(30);
    private Duration maxBackoff = Duration.ofHours(1);
    /** Connect and answer time allowed to an endpoint per attempt. */
    private Duration timeout = Duration.ofSeconds(10);
    /** How often each node looks for due deliveries (retries, and events whose first send was missed). */
    private Duration pollInterval = Duration.ofSeconds(15);
    /** How long a node's claim on a delivery holds; a node that died mid-send loses it after this. */
    private Duration claimTimeout = Duration.ofMinutes(2);

    public List<Endpoint> getEndpoints() {
        return endpoints;
    }

    public void setEndpoints(List<Endpoint> endpoints) {
        this.endpoints = endpoints == null ? new ArrayList<>() : endpoints;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getFirstRetry() {
        return firstRetry;
    }

    public void setFirstRetry(Duration firstRetry) {
        this.firstRetry = firstRetry;
    }

    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getClaimTimeout() {
        return claimTimeout;
    }

    public void setClaimTimeout(Duration claimTimeout) {
        this.claimTimeout = claimTimeout;
    }

    /** The wait before attempt {@code attemptsSoFar + 1}: doubling from the first retry, capped. */
    Duration backoffAfter(int attemptsSoFar) {
        Duration wait = firstRetry;
        for (int i = 1; i < attemptsSoFar && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    public static class Endpoint {

        private String url;
        private String secret;
        private List<String> eventTypes = new ArrayList<>();

        public Endpoint() {
        }

        public Endpoint(String url, String secret, List<String> eventTypes) {
            this.url = url;
            this.secret = secret;
            this.eventTypes = eventTypes == null ? new ArrayList<>() : new ArrayList<>(eventTypes);
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }

        public List<String> getEventTypes() {
            return eventTypes;
        }

        public void setEventTypes(List<String> eventTypes) {
            this.eventTypes = eventTypes == null ? new ArrayList<>() : eventTypes;
        }

        boolean wants(String eventType) {
            return eventTypes.isEmpty() || eventTypes.contains(eventType);
        }
    }
}
