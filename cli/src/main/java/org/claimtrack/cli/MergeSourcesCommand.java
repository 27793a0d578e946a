package org.claimtrack.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code claimtrack merge-sources A B}: the analyst says two sources are one. */
@Command(name = "merge-sources", mixinStandardHelpOptions = true,
    description = {"Makes the sources named A and B (ids, names or aliases) one source, named as A's.",
        "Manual corrections win over automatic grouping and are kept when the ledger is analyzed again."})
final class MergeSourcesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A") String a;
  @Parameters(index = "1", paramLabel = "B") String b;
  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    return where.run("merge-sources", ledger -> {
      ledger.mergeSources(a, b);
      System.err.println("claimtrack merge-sources: '" + b + "' is now part of "
          + ledger.source(a).map(s -> s.id()).orElse(a) + "; see claimtrack sources");
      return 0;
    });
  }
}
