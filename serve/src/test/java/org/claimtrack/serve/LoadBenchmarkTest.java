package org.claimtrack.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load benchmark on loopback: N concurrent clients on the tracker and search routes (API
 * and pages) of the filled test server, a fixed number of requests each (and never more than two
 * minutes). It prints requests/s and latency percentiles; it asserts only that every answer was a
 * 200, never a time. Run it alone, on a quiet machine, with
 * {@code mvn -B -ntp -pl serve -am verify -Dtest=LoadBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dclaimtrack.load.clients=8 -Dclaimtrack.load.requests=500}.
 */
class LoadBenchmarkTest {
  @Test
  void trackerAndSearchRoutesUnderConcurrentClients() throws Exception {
    TestServer s = TestServer.get();
    int clients = Integer.getInteger("claimtrack.load.clients", 8);
    int perClient = Integer.getInteger("claimtrack.load.requests", 150);
    String russia = ApiTest.RUSSIA;
    List<String> routes = List.of("/api/trackers/" + russia, "/api/trackers", "/api/search?q=troops",
        "/api/search?q=Sergeevka", "/api/search?q=soldiers&source=NIS&from=2024-10-20", "/trackers/" + russia,
        "/trackers", "/search?q=Kursk");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .build();
    for (String r : routes) { // warm-up, untimed
      for (int i = 0; i < 5; i++) http.send(HttpRequest.newBuilder(URI.create(s.url(r))).build(), HttpResponse.BodyHandlers.discarding());
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> futures = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        long[] lat = new long[perClient];
        int n = 0;
        for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
          String r = routes.get((i + client) % routes.size());
          long start = System.nanoTime();
          HttpResponse<Void> res = http.send(HttpRequest.newBuilder(URI.create(s.url(r))).build(),
              HttpResponse.BodyHandlers.discarding());
          lat[n++] = System.nanoTime() - start;
          if (res.statusCode() != 200) errors.incrementAndGet();
        }
        return Arrays.copyOf(lat, n);
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<long[]> f : futures) for (long l : f.get()) all.add(l);
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    all.sort(Long::compare);
    String line = String.format(Locale.ROOT,
        "serve load: %d clients, %d requests in %.1f s on loopback: %.0f requests/s; latency p50 %.1f ms, p95 %.1f ms,"
            + " max %.1f ms; routes: %s (machine shared with other work: figures are indicative)",
        clients, all.size(), seconds, all.size() / seconds, pct(all, 50), pct(all, 95), all.get(all.size() - 1) / 1e6,
        routes);
    System.out.println(line);
    Path out = Path.of("target", "load-benchmark.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, line + "\n");
    assertThat(errors.get()).as("answers other than 200").isZero();
    assertThat(all).isNotEmpty();
  }

  static double pct(List<Long> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }
}
