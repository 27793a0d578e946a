package org.claimtrack.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.LedgerConfig;
import org.claimtrack.ledger.watch.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhook receiver on loopback gets exactly one correctly signed event per change across a server
 * restart: the first deliveries fail and are retried; changes made while the receiver is down are
 * still pending when the server stops, and the next server sends them. The changes are made by
 * another user of the ledger (as {@code claimtrack ingest} in another process would), so the events
 * come from that analysis' transaction, not from the server.
 */
class WebhookRestartTest {
  @TempDir Path tmp;

  /** A receiver that checks each signature and records what it accepted. */
  static final class Receiver implements AutoCloseable {
    final HttpServer server;
    volatile String secret;
    final AtomicInteger failNext = new AtomicInteger();
    final AtomicBoolean down = new AtomicBoolean();
    final Map<Long, Integer> accepted = Collections.synchronizedMap(new TreeMap<>());
    final List<String> badSignatures = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger refused = new AtomicInteger();

    Receiver() throws Exception {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/hook", ex -> {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String ts = ex.getRequestHeaders().getFirst(WebhookSender.TIMESTAMP);
        String sig = ex.getRequestHeaders().getFirst(WebhookSender.SIGNATURE);
        long event = Long.parseLong(ex.getRequestHeaders().getFirst(WebhookSender.EVENT));
        int status;
        if (down.get() || failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          status = 503;
          refused.incrementAndGet();
        } else if (!("sha256=" + WebhookSender.sign(secret, ts, body)).equals(sig)
            || Json.parse(body).get("id").asLong() != event) {
          badSignatures.add(event + ": " + sig);
          status = 400;
        } else {
          accepted.merge(event, 1, Integer::sum);
          status = 204;
        }
        ex.sendResponseHeaders(status, -1);
        ex.close();
      });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  static void await(String what, Duration max, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("still waiting after " + max + " for " + what);
      Thread.sleep(100);
    }
  }

  @Test
  void theReceiverGetsExactlyOneSignedEventPerChangeAcrossARestart() throws Exception {
    Path data = tmp.resolve("data");
    Path tokens = tmp.resolve("tokens");
    String token = Serve.addToken(tokens, "hooks");
    ServeConfig cfg = ServeConfig.defaults(LedgerConfig.embedded(data)).withPort(0).withTokenFile(tokens)
        .withLimits(ServeConfig.Limits.DEFAULT.withWebhookRetry(Duration.ofMillis(200), Duration.ofMillis(100)));
    LocalDate d0 = LocalDate.of(2024, 10, 1);
    try (Receiver rec = new Receiver()) {
      Serve first = Serve.start(cfg, line -> {});
      long hookAfter;
      try {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(first.url() + "/api/webhooks"))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + rec.url() + "\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode hook = Json.parse(r.body());
        rec.secret = hook.get("secret").asText();
        hookAfter = hook.get("afterEvent").asLong();

        rec.failNext.set(2); // the first two attempts fail: they are retried
        try (Ledger other = Ledger.open(LedgerConfig.embedded(data))) {
          other.ingest(Said.article("a.txt", "Agency One", 1000, d0), "test");
          other.ingest(Said.article("b.txt", "Agency Two", 1100, d0.plusDays(2)), "test");
          other.refresh();
        }
        Set<Long> before = eventIds(data, hookAfter);
        assertThat(before).isNotEmpty();
        await("the first changes' deliveries", Duration.ofSeconds(30), () -> rec.accepted.keySet().containsAll(before));
        assertThat(rec.refused.get()).isGreaterThanOrEqualTo(2);

        rec.down.set(true); // the receiver is down while more changes are made
        try (Ledger other = Ledger.open(LedgerConfig.embedded(data))) {
          other.ingest(Said.article("c.txt", "Agency One", 5000, d0.plusDays(4)), "test"); // a revision, a conflict
          other.refresh();
        }
        await("a refused attempt at the new events", Duration.ofSeconds(30),
            () -> rec.refused.get() > 2 && eventIds(data, hookAfter).size() > before.size());
      } finally {
        first.close();
      }
      Set<Long> all = eventIds(data, hookAfter);
      assertThat(rec.accepted.keySet()).as("the later events are not delivered yet").isNotEqualTo(all);

      rec.down.set(false);
      try (Serve second = Serve.start(cfg, line -> {})) {
        await("every event after the restart", Duration.ofSeconds(60), () -> rec.accepted.keySet().containsAll(all));
        Thread.sleep(1000); // time for a second copy, if there were one
      }
      assertThat(rec.badSignatures).isEmpty();
      assertThat(rec.accepted.keySet()).isEqualTo(all);
      assertThat(rec.accepted.values()).as("each event exactly once").containsOnly(1);
      Set<String> types = new TreeSet<>();
      try (Ledger l = Ledger.open(LedgerConfig.embedded(data))) {
        for (LedgerEvent e : l.events().after(hookAfter, null, 1000)) types.add(e.type().name());
      }
      assertThat(types).contains("ESTIMATE", "REVISION", "CONFLICT");
    }
  }

  /** A ledger of the test's own, to look at the events (as another process would). */
  private Ledger watcher;

  Set<Long> eventIds(Path data, long after) {
    if (watcher == null) watcher = Ledger.open(LedgerConfig.embedded(data));
    Set<Long> ids = new TreeSet<>();
    for (LedgerEvent e : watcher.events().after(after, null, 1000)) ids.add(e.id());
    return ids;
  }

  @org.junit.jupiter.api.AfterEach
  void closeWatcher() {
    if (watcher != null) watcher.close();
  }
}
