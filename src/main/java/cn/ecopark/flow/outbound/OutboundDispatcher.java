package cn.ecopark.flow.outbound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends due deliveries on its own threads: right after the commit that stored them, and every poll interval for
 * retries and for anything a stopped node left behind. Each delivery is claimed first (see {@link Outbox}), sent
 * signed, and then marked DELIVERED (never sent again), rescheduled with backoff, or FAILED after the last attempt.
 */
@Component
class OutboundDispatcher implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboundDispatcher.class);
    private static final int BATCH = 50;

    private final Outbox outbox;
    private final OutboundProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "outbound-delivery");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http;
    private final AtomicBoolean roundQueued = new AtomicBoolean();

    OutboundDispatcher(Outbox outbox, OutboundProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.getTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void afterPropertiesSet() {
        long poll = properties.getPollInterval().toMillis();
        if (poll > 0) {
            executor.scheduleWithFixedDelay(this::deliverDueNow, poll, poll, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** Sends once the current transaction commits; a rolled-back change sends nothing (its event is gone too). */
    void deliverAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit();
                }
            });
        } else {
            submit();
        }
    }

    /** At most one round waits in the queue: a burst of commits makes one more round, not one each. */
    private void submit() {
        if (!roundQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                roundQueued.set(false);
                deliverDueNow();
            });
        } catch (RejectedExecutionException e) {
            roundQueued.set(false);
            log.debug("Outbound executor stopped; the next poll of any node sends the delivery");
        }
    }

    private void deliverDueNow() {
        try {
            deliverDue(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Outbound delivery round failed; the next poll tries again", e);
        }
    }

    /** Sends every delivery due at {@code now} that this call manages to claim; returns how many it sent. */
    int deliverDue(Instant now) {
        int sent = 0;
        for (Long id : outbox.due(now, BATCH)) {
            String claim = node + ":" + UUID.randomUUID();
            Optional<Outbox.Claimed> claimed = outbox.claim(id, claim, now, now.plus(properties.getClaimTimeout()));
            if (claimed.isPresent()) {
                send(claimed.get());
                sent++;
            }
        }
        return sent;
    }

    private void send(Outbox.Claimed delivery) {
        Instant started = clock.instant();
        Optional<OutboundProperties.Endpoint> endpoint = properties.getEndpoints().stream()
                .filter(e -> delivery.endpointUrl().equals(e.getUrl())).findFirst();
        if (endpoint.isEmpty()) {
            outbox.finish(delivery, new Outbox.Attempt(started, null, "端点已不在配置中（ecopark.outbound.endpoints）", 0),
                    Outbox.FAILED, started, node);
            return;
        }
        Integer status = null;
        String error = null;
        try {
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.endpointUrl()))
                    .timeout(properties.getTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(OutboundSignature.EVENT_ID_HEADER, delivery.eventId())
                    .header(OutboundSignature.EVENT_TYPE_HEADER, delivery.eventType())
                    .header(OutboundSignature.TIMESTAMP_HEADER, timestamp)
                    .header(OutboundSignature.SIGNATURE_HEADER,
                            OutboundSignature.sign(nullToEmpty(endpoint.get().getSecret()), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (IOException | IllegalArgumentException e) {
            error = shorten(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        Instant finished = clock.instant();
        Outbox.Attempt attempt = new Outbox.Attempt(started, status, error, finished.toEpochMilli() - started.toEpochMilli());
        if (error == null) {
            outbox.finish(delivery, attempt, Outbox.DELIVERED, finished, node);
        } else if (delivery.attempts() + 1 >= properties.getMaxAttempts()) {
            log.warn("Outbound delivery {} of event {} to {} failed for good: {}", delivery.id(), delivery.eventId(),
                    delivery.endpointUrl(), error);
            outbox.finish(delivery, attempt, Outbox.FAILED, finished, node);
        } else {
            outbox.finish(delivery, attempt, Outbox.PENDING,
                    finished.plus(properties.backoffAfter(delivery.attempts() + 1)), node);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String shorten(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
