package org.claimtrack.ledger;

import java.nio.file.Path;
import org.claimtrack.domain.ArticleClaims;

/**
 * A child JVM for the crash and concurrency tests: ingests {@link Fixtures#numbered} articles
 * {@code from..to} (or {@code to..from} when reversed) into a real ledger, with a fake extractor that
 * takes {@code delayMs} per article, printing "stored N" / "skipped N" as it goes and "done" at the end.
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
    try (Ledger ledger = Ledger.open(cfg)) {
      for (int i = 0; i < to - from; i++) {
        int n = reverse ? to - 1 - i : from + i;
        ArticleClaims ac = Fixtures.numbered(n);
        if (ledger.isStored(ac.article().hash())) {
          System.out.println("skipped " + n);
          continue;
        }
        Thread.sleep(delay); // the "extractor"
        IngestOutcome o = ledger.ingest(ac, Fixtures.VERSION);
        System.out.println((o == IngestOutcome.STORED ? "stored " : "skipped ") + n);
        System.out.flush();
      }
      ledger.refresh();
    }
    System.out.println("done");
    System.out.flush();
  }
}
