package org.claimtrack.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrack.ledger.track.CanonicalSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimtrack sources}: canonical sources with aliases and claim counts. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Lists the canonical sources with their aliases, claim counts and why names were merged.")
final class SourcesCommand implements Callable<Integer> {
  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    return where.run("sources", ledger -> {
      List<CanonicalSource> ss = ledger.sources();
      PrintStream out = Terminal.out();
      if (ss.isEmpty()) System.err.println("claimtrack sources: no sources yet; run claimtrack ingest FILES first");
      for (CanonicalSource s : ss) {
        out.printf("%s  %s (%s%s) · %d claim%s%n", s.id(), s.name() == null ? "(unknown)" : s.name(), s.type(),
            s.affiliation() == null ? "" : "; " + s.affiliation(), s.claims(), s.claims() == 1 ? "" : "s");
        if (!s.aliases().isEmpty()) out.println("    aka: " + String.join(" · ", s.aliases()));
        for (String w : s.why()) out.println("    why: " + w);
      }
      out.flush();
      return 0;
    });
  }
}
