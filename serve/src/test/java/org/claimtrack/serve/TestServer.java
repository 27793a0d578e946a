package org.claimtrack.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.claimtrack.ledger.LedgerConfig;

/**
 * One real server per test JVM, on a random loopback port, filled through its own ingest API with
 * ../shared/corpus/nk-troops and the seed (read in place) and an XSS probe article: the tests of
 * every class share it, so CoreNLP loads once.
 */
final class TestServer {
  static final String PROBE_TITLE = "Probe <script>alert(1)</script> \"><img src=x onerror=alert(2)>";

  private static TestServer instance;

  final Path dir;
  final Serve serve;
  final String token;
  /** A second token, for the rate-limit test: the limit is per token. */
  final String limitedToken;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final long fillSeconds;

  static synchronized TestServer get() {
    if (instance == null) {
      try {
        instance = new TestServer();
      } catch (Exception e) {
        throw new AssertionError("cannot start the test server: " + e, e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(instance.serve::close));
    }
    return instance;
  }

  static Path shared() {
    String p = System.getProperty("claimtrack.shared");
    return p != null ? Path.of(p) : Path.of("..", "..", "shared");
  }

  /** The corpus and the seed, read in place. */
  static List<Path> corpus() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(shared().resolve("corpus/nk-troops"))) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    files.add(shared().resolve("seed/cnn-2024-11-22-north-korean-troops-kursk.txt"));
    return files;
  }

  private TestServer() throws Exception {
    dir = Files.createTempDirectory("claimtrack-serve-test-");
    Path tokens = dir.resolve("tokens");
    token = Serve.addToken(tokens, "tester");
    limitedToken = Serve.addToken(tokens, "limited");
    ServeConfig cfg = ServeConfig.defaults(LedgerConfig.embedded(dir.resolve("data"))).withPort(0).withTokenFile(tokens)
        .withLimits(ServeConfig.Limits.DEFAULT.withIngestsPerMinute(20).withMaxUploadBytes(2 * 1024 * 1024));
    serve = Serve.start(cfg, line -> {});
    Path probe = dir.resolve("xss-probe.txt");
    Files.writeString(probe, "Tuesday, November 26, 2024\n" + PROBE_TITLE + " | Test Wire\n\nTest Wire —\n"
        + "Officials said on Tuesday that <script>alert(3)</script> about 40 \"><img src=x onerror=alert(4)> drones were"
        + " launched at a village.\n", StandardCharsets.UTF_8);
    List<Path> files = new ArrayList<>(corpus());
    files.add(probe);
    long t0 = System.nanoTime();
    JsonNode job = Json.parse(send(multipart(files, "/api/ingest", token)).body());
    waitForJob(job.get("id").asText(), Duration.ofMinutes(5));
    fillSeconds = (System.nanoTime() - t0) / 1_000_000_000L;
  }

  String url(String path) {
    return serve.url() + path;
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET();
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return send(b.build());
  }

  HttpResponse<String> send(HttpRequest r) {
    try {
      return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(r.method() + " " + r.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  JsonNode json(String path) {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
    return Json.parse(r.body());
  }

  HttpRequest multipart(List<Path> files, String path, String bearer) throws IOException {
    String boundary = "----ct" + UUID.randomUUID();
    var out = new java.io.ByteArrayOutputStream();
    for (Path f : files) {
      out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.getFileName()
          + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(Files.readAllBytes(f));
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + bearer)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
  }

  JsonNode waitForJob(String id, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (true) {
      JsonNode j = json("/api/ingest/" + id);
      String state = j.get("state").asText();
      if (state.equals("DONE")) return j;
      if (state.equals("FAILED")) throw new AssertionError("ingest job failed: " + j);
      if (System.nanoTime() > deadline) throw new AssertionError("ingest job still " + state + " after " + max + ": " + j);
      Thread.sleep(300);
    }
  }
}
