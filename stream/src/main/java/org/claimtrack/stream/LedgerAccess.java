package org.claimtrack.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.claimtrack.ledger.Ledger;

/**
 * A task's own connection to the ledger. The job writes articles and claims and the analysis, never
 * the search index (it lives beside whoever searches, and is rebuilt from the database there), so
 * the data folder a ledger needs for it is a temporary one, removed on close.
 */
final class LedgerAccess implements AutoCloseable {
  private final Path dir;
  final Ledger ledger;

  LedgerAccess(StreamConfig.Db db) {
    try {
      dir = Files.createTempDirectory("claimtrack-stream-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary folder for the ledger", e);
    }
    ledger = Ledger.open(db.ledger(dir));
  }

  @Override
  public void close() {
    ledger.close();
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
