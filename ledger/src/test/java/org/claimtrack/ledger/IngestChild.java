package org.claimtrack.ledger;

import java.nio.file.Path;
import org.claimtrack.domain.ArticleClaims;

/**
 * A child JVM for the crash and concurrency tests: ingests {@link Fixtures#numbered} articles
 * {@code from..to} (or {@code to..from} when reversed) into a real ledger, with a fake extractor that
 * takes {@code delayMs} per article, printing "stored N" / "skipped N" as it goes and "done" at the end.
 * With {@code -Dclaimtrack.test.nul=K}, article K has a NUL in its title ({@link Fixtures#withNul}):
 * the database may refuse it ("rejected K: message", and the run goes on). A storage failure ends
 * the run with "error: message" and status 3, as the command line would.
 *
 * <p>Arguments: dataDir from to delayMs [forward|reverse] [jdbcUrl user password schema]
 */
public final class IngestChild {
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int from = Integer.parseInt(args[1]);
    int to = Integer.parseInt(args[2]);
    long delay = Long.parseLong(args[3]);
    boolean reverse = args.length > 4 && args[4].equals("reverse");
    LedgerConfig cfg = args.length > 8 ? LedgerConfig.server(data, args[5], args[6], args[7]).withSchema(args[8])
        : LedgerConfig.embedded(data);
    int nul = Integer.getInteger("claimtrack.test.nul", -1);
    Ledger ledger = null;
    try {
      ledger = Ledger.open(cfg);
      for (int i = 0; i < to - from; i++) {
        int n = reverse ? to - 1 - i : from + i;
        ArticleClaims ac = n == nul ? Fixtures.withNul(n) : Fixtures.numbered(n);
        if (ledger.isStored(ac.article().hash())) {
          System.out.println("skipped " + n);
          continue;
        }
        Thread.sleep(delay); // the "extractor"
        IngestOutcome o;
        try {
          o = ledger.ingest(ac, Fixtures.VERSION);
        } catch (LedgerException e) {
          if (e.kind() != LedgerException.Kind.REJECTED) throw e;
          System.out.println("rejected " + n + ": " + e.getMessage());
          continue;
        }
        System.out.println((o == IngestOutcome.STORED ? "stored " : "skipped ") + n);
        System.out.flush();
      }
      ledger.refresh();
    } catch (LedgerException e) {
      System.out.println("error: " + e.getMessage());
      System.out.flush();
      System.exit(3);
    } finally {
      if (ledger != null) {
        try {
          ledger.close();
        } catch (RuntimeException e) {
          // closing after a storage failure
        }
      }
    }
    System.out.println("done");
    System.out.flush();
  }
}
