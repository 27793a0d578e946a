package org.claimtrack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.claimtrack.ledger.LedgerConfig;
import org.claimtrack.ledger.LedgerException;
import org.claimtrack.serve.Serve;
import org.claimtrack.serve.ServeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrack serve}: the ledger in a browser and over a REST API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the ledger: web pages (trackers, articles, sources, search, ingest), a REST API described at",
        "/openapi.json, Atom feeds and webhooks. Listens on localhost:7070 unless told otherwise; writes need a",
        "token (the token file keeps only hashes; a missing one is made with one token, printed once).",
        "Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (0: any free one). Default: ${DEFAULT-VALUE}.")
  int port = ServeConfig.DEFAULT_PORT;

  @Option(names = "--bind", paramLabel = "ADDRESS",
      description = "Address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE} (this machine only).")
  String bind = ServeConfig.DEFAULT_BIND;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "Write tokens, stored hashed (NAME sha256:HEX per line). Default: serve-tokens in the data folder.")
  Path tokenFile;

  @Option(names = "--add-token", paramLabel = "NAME",
      description = "Make a new write token named NAME, add its hash to the token file, print it, and exit.")
  String addToken;

  @Option(names = "--public-url", paramLabel = "URL",
      description = "The address people reach this server at, for links in feeds and webhooks. Default: http://localhost:PORT.")
  URI publicUrl;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
      description = "Origins (scheme://host[:port]) whose pages may call the API from a browser. Default: none.")
  List<String> corsOrigins = List.of();

  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    LedgerConfig ledger;
    try {
      ledger = where.toConfig();
    } catch (LedgerException e) {
      err.println("claimtrack serve: " + e.getMessage());
      return LedgerOptions.status(e);
    }
    ServeConfig cfg;
    try {
      cfg = ServeConfig.defaults(ledger).withPort(port).withBind(bind).withTokenFile(tokenFile).withPublicUrl(publicUrl)
          .withCorsOrigins(corsOrigins);
    } catch (IllegalArgumentException e) {
      err.println("claimtrack serve: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    if (addToken != null) {
      try {
        System.out.println(Serve.addToken(cfg.tokenFile(), addToken));
        err.println("claimtrack serve: token \"" + addToken + "\" added to " + cfg.tokenFile() + " (only its hash is kept)");
        return 0;
      } catch (IOException | IllegalArgumentException e) {
        err.println("claimtrack serve: " + e.getMessage());
        return Main.EXIT_USAGE;
      }
    }
    Serve server;
    try {
      server = Serve.start(cfg, line -> err.println("claimtrack serve: " + line));
    } catch (LedgerException e) {
      err.println("claimtrack serve: " + e.getMessage());
      return LedgerOptions.status(e);
    } catch (UncheckedIOException e) {
      err.println("claimtrack serve: cannot use the token file: " + e.getMessage());
      return LedgerOptions.EXIT_STORAGE;
    } catch (IllegalStateException e) {
      err.println("claimtrack serve: " + e.getMessage());
      return LedgerOptions.EXIT_STORAGE;
    }
    err.println("claimtrack serve: the ledger in " + ledger.describe() + " is at " + server.url()
        + " (API: " + server.url() + "/docs); Ctrl-C stops it");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "claimtrack-serve-stop"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
    return 0;
  }
}
