package org.claimtrack.serve;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.claimtrack.ledger.LedgerConfig;

/**
 * How {@code claimtrack serve} runs. Defaults in code: localhost only, port 7070, CORS closed.
 *
 * @param ledger where the ledger is
 * @param bind the address to listen on ("127.0.0.1" unless told otherwise)
 * @param port the port; 0 picks a free one
 * @param tokenFile the write tokens, stored hashed ({@code NAME sha256:HEX} per line); made with one new
 *     token, printed once, when missing
 * @param publicUrl the address links in feeds and webhooks use; null for http://localhost:PORT
 * @param corsOrigins origins whose pages may read the API; empty: none (the default)
 * @param limits request sizes, ingest rate, webhook retries
 * @param ledgerConnections ledger instances (database connections) requests share
 */
public record ServeConfig(LedgerConfig ledger, String bind, int port, Path tokenFile, URI publicUrl,
    List<String> corsOrigins, Limits limits, int ledgerConnections) {

  public static final int DEFAULT_PORT = 7070;
  public static final String DEFAULT_BIND = "127.0.0.1";

  public ServeConfig {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(limits, "limits");
    corsOrigins = List.copyOf(corsOrigins);
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
    if (ledgerConnections < 1) throw new IllegalArgumentException("ledgerConnections must be at least 1, got " + ledgerConnections);
    if (tokenFile == null) tokenFile = ledger.dataDir().resolve("serve-tokens");
    for (String o : corsOrigins) {
      if (!o.matches("https?://[^/\\s]+")) {
        throw new IllegalArgumentException("a CORS origin is scheme://host[:port] with nothing after, got '" + o + "'");
      }
    }
  }

  /** The defaults: localhost:7070, tokens in the data folder, CORS closed. */
  public static ServeConfig defaults(LedgerConfig ledger) {
    return new ServeConfig(ledger, DEFAULT_BIND, DEFAULT_PORT, null, null, List.of(), Limits.DEFAULT, 4);
  }

  public ServeConfig withPort(int p) {
    return new ServeConfig(ledger, bind, p, tokenFile, publicUrl, corsOrigins, limits, ledgerConnections);
  }

  public ServeConfig withBind(String b) {
    return new ServeConfig(ledger, b, port, tokenFile, publicUrl, corsOrigins, limits, ledgerConnections);
  }

  public ServeConfig withTokenFile(Path f) {
    return new ServeConfig(ledger, bind, port, f, publicUrl, corsOrigins, limits, ledgerConnections);
  }

  public ServeConfig withPublicUrl(URI u) {
    return new ServeConfig(ledger, bind, port, tokenFile, u, corsOrigins, limits, ledgerConnections);
  }

  public ServeConfig withCorsOrigins(List<String> o) {
    return new ServeConfig(ledger, bind, port, tokenFile, publicUrl, o, limits, ledgerConnections);
  }

  public ServeConfig withLimits(Limits l) {
    return new ServeConfig(ledger, bind, port, tokenFile, publicUrl, corsOrigins, l, ledgerConnections);
  }

  /**
   * @param maxJsonBytes largest JSON request body
   * @param maxUploadBytes largest ingest upload (all files of one request)
   * @param ingestsPerMinute ingest requests one client may make per minute (a burst of as many)
   * @param webhookAttempts attempts per delivery before it is marked failed
   * @param webhookFirstRetry the wait before the second attempt; it doubles each time, up to an hour
   * @param webhookPoll how often due deliveries are looked for
   */
  public record Limits(long maxJsonBytes, long maxUploadBytes, int ingestsPerMinute, int webhookAttempts,
      Duration webhookFirstRetry, Duration webhookPoll) {
    public static final Limits DEFAULT =
        new Limits(64 * 1024, 50L * 1024 * 1024, 10, 8, Duration.ofSeconds(5), Duration.ofMillis(500));

    public Limits {
      if (maxJsonBytes < 1 || maxUploadBytes < 1) throw new IllegalArgumentException("size limits must be positive");
      if (ingestsPerMinute < 1) throw new IllegalArgumentException("ingestsPerMinute must be at least 1, got " + ingestsPerMinute);
      if (webhookAttempts < 1) throw new IllegalArgumentException("webhookAttempts must be at least 1, got " + webhookAttempts);
      Objects.requireNonNull(webhookFirstRetry, "webhookFirstRetry");
      Objects.requireNonNull(webhookPoll, "webhookPoll");
    }

    public Limits withIngestsPerMinute(int n) {
      return new Limits(maxJsonBytes, maxUploadBytes, n, webhookAttempts, webhookFirstRetry, webhookPoll);
    }

    public Limits withMaxUploadBytes(long n) {
      return new Limits(maxJsonBytes, n, ingestsPerMinute, webhookAttempts, webhookFirstRetry, webhookPoll);
    }

    public Limits withWebhookRetry(Duration first, Duration poll) {
      return new Limits(maxJsonBytes, maxUploadBytes, ingestsPerMinute, webhookAttempts, first, poll);
    }
  }
}
