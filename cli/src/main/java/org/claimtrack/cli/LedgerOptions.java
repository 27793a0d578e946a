package org.claimtrack.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.claimtrack.domain.Printable;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.LedgerConfig;
import org.claimtrack.ledger.LedgerException;
import picocli.CommandLine.Option;

/** Where the ledger is: the options every ledger command shares, and how they open it. */
final class LedgerOptions {
  /** Exit status when the ledger cannot be opened, read or written. */
  static final int EXIT_STORAGE = 3;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The data folder (embedded database and search index). Default: ./claimtrack-data.")
  Path data;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Use this database instead of the embedded one, e.g. jdbc:postgresql://localhost:5432/claimtrack.")
  String db;

  @Option(names = "--db-user", paramLabel = "USER", description = "Database user (with --db).")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD",
      description = "Database password (with --db); or set CLAIMTRACK_DB_PASSWORD.")
  String password;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A config file (properties): data=DIR, db.url=..., db.user=..., db.password=..., db.schema=...")
  Path config;


  LedgerConfig toConfig() {
    LedgerConfig base = config != null ? LedgerConfig.fromFile(config) : LedgerConfig.embedded(LedgerConfig.DEFAULT_DATA);
    Path dir = data != null ? data : base.dataDir();
    String url = db != null ? db : base.jdbcUrl();
    if (url != null && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
      throw new LedgerException(LedgerException.Kind.USAGE,
          "--db must be a JDBC URL starting with jdbc:postgresql: (e.g. jdbc:postgresql://localhost:5432/claimtrack), got " + url);
    }
    String u = user != null ? user : base.user();
    String pw = password != null ? password : System.getenv("CLAIMTRACK_DB_PASSWORD") != null
        ? System.getenv("CLAIMTRACK_DB_PASSWORD") : base.password();
    return new LedgerConfig(dir, url, u, pw, base.schema());
  }

  /**
   * Opens the ledger, runs {@code body}, closes it. Expected failures become one line on standard
   * error and an exit status: 1 not found, 2 bad request, 3 storage.
   */
  int run(String command, Function<Ledger, Integer> body) {
    PrintStream err = System.err;
    try (Ledger ledger = Ledger.open(toConfig())) {
      return body.apply(ledger);
    } catch (LedgerException e) {
      err.println("claimtrack " + command + ": " + Printable.shortLine(e.getMessage(), InputOptions.MAX_LINE));
      return status(e);
    } catch (UncheckedIOException e) {
      err.println("claimtrack " + command + ": cannot write output: " + Printable.line(e.getCause().getMessage()));
      return EXIT_STORAGE;
    } catch (RuntimeException e) {
      // not expected: still one line, and the ledger is unchanged (each step is one transaction)
      err.println("claimtrack " + command + ": internal error (" + e.getClass().getSimpleName() + ": "
          + Printable.shortLine(String.valueOf(e.getMessage()).replaceAll("\\s+", " "), 300)
          + "); nothing was lost; please report it");
      return EXIT_STORAGE;
    }
  }

  static int status(LedgerException e) {
    return switch (e.kind()) {
      case NOT_FOUND -> Main.EXIT_INPUT_FAILED;
      case USAGE, REJECTED -> Main.EXIT_USAGE;
      case STORAGE -> EXIT_STORAGE;
    };
  }
}
