package org.claimtrack.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code claimtrack split-source NAME}: the analyst says a name is a source of its own. */
@Command(name = "split-source", mixinStandardHelpOptions = true,
    description = {"Makes NAME (an alias) a source of its own, never merged with others automatically.",
        "Manual corrections win over automatic grouping and are kept when the ledger is analyzed again."})
final class SplitSourceCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME") String name;
  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    return where.run("split-source", ledger -> {
      ledger.splitSource(name);
      System.err.println("claimtrack split-source: '" + name + "' is now "
          + ledger.source(name).map(s -> s.id()).orElse(name) + "; see claimtrack sources");
      return 0;
    });
  }
}
