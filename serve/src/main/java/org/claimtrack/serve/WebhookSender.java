package org.claimtrack.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.claimtrack.ledger.watch.Webhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due webhook deliveries: POST of the event's JSON, signed with HMAC-SHA256 over
 * {@code TIMESTAMP.BODY} with the webhook's secret ({@code X-Claimtrack-Signature: sha256=HEX},
 * {@code X-Claimtrack-Timestamp}), {@code X-Claimtrack-Event} the event id (the same on every retry,
 * for receivers to drop a repeat). A 2xx answer delivers it; anything else is retried after a wait
 * that doubles from {@link ServeConfig.Limits#webhookFirstRetry()} (up to an hour, with jitter) until
 * the attempts run out. Deliveries are claimed with a lease, so two servers on one ledger never send
 * the same one at once; closing waits for the sends under way and records their outcome.
 */
final class WebhookSender implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
  static final String SIGNATURE = "X-Claimtrack-Signature";
  static final String TIMESTAMP = "X-Claimtrack-Timestamp";
  static final String EVENT = "X-Claimtrack-Event";

  private final LedgerPool pool;
  private final ServeConfig.Limits limits;
  private final java.util.function.Supplier<String> base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "claimtrack-webhooks");
    t.setDaemon(true);
    return t;
  });

  WebhookSender(LedgerPool pool, ServeConfig.Limits limits, java.util.function.Supplier<String> base) {
    this.pool = pool;
    this.limits = limits;
    this.base = base;
  }

  void start() {
    long ms = limits.webhookPoll().toMillis();
    timer.scheduleWithFixedDelay(this::sendDue, ms, ms, TimeUnit.MILLISECONDS);
  }

  private void sendDue() {
    try {
      List<Webhooks.Due> due = pool.with(l -> l.webhooks().claimDue(Instant.now(), Duration.ofMinutes(2), 20));
      for (Webhooks.Due d : due) {
        if (Thread.currentThread().isInterrupted()) return;
        send(d);
      }
    } catch (RuntimeException e) {
      LOG.warn("webhook deliveries: {}", e.getMessage());
    }
  }

  private void send(Webhooks.Due d) {
    String body = Json.write(Json.event(d.event(), base.get()));
    String ts = Long.toString(Instant.now().getEpochSecond());
    Integer status = null;
    String error = null;
    try {
      HttpRequest req = HttpRequest.newBuilder(URI.create(d.webhook().url())).timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json")
          .header("User-Agent", "claimtrack-webhooks")
          .header(EVENT, Long.toString(d.event().id()))
          .header(TIMESTAMP, ts)
          .header(SIGNATURE, "sha256=" + sign(d.secret(), ts, body))
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
      HttpResponse<Void> res = http.send(req, HttpResponse.BodyHandlers.discarding());
      status = res.statusCode();
      if (status / 100 != 2) error = "HTTP " + status;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    } catch (Exception e) {
      error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    long hook = d.webhook().id();
    long event = d.event().id();
    if (error == null) {
      Integer s = status;
      pool.with(l -> {
        l.webhooks().delivered(hook, event, s);
        return null;
      });
      return;
    }
    int attempt = d.attempts() + 1;
    Instant retry = attempt >= limits.webhookAttempts() ? null : Instant.now().plus(backoff(attempt));
    Integer s = status;
    String err = error;
    pool.with(l -> {
      l.webhooks().failed(hook, event, s, err, retry);
      return null;
    });
  }

  /** The wait after {@code attempt} failed attempts: first × 2^(attempt-1), at most an hour, ±20 %. */
  Duration backoff(int attempt) {
    long first = limits.webhookFirstRetry().toMillis();
    long ms = Math.min(3_600_000L, first << Math.min(20, attempt - 1));
    return Duration.ofMillis((long) (ms * (0.8 + 0.4 * Math.random())));
  }

  static String sign(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '.');
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    timer.shutdown(); // the send under way finishes and records its outcome
    try {
      if (!timer.awaitTermination(30, TimeUnit.SECONDS)) timer.shutdownNow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
