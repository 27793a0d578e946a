package org.claimtrack.cli;

import java.util.concurrent.Callable;
import org.claimtrack.domain.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code claimtrack split-source NAME}: the analyst says a name is a source of its own. */
@Command(name = "split-source", mixinStandardHelpOptions = true,
    description = {"Makes NAME (an alias) a source of its own, never merged with others automatically, and undoes",
        "the merges (merge-sources) that named NAME: the later correction wins.",
        "Manual corrections win over automatic grouping and are kept when the ledger is analyzed again."})
final class SplitSourceCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME") String name;
  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    return where.run("split-source", ledger -> {
      boolean changed = ledger.splitSource(name);
      var now = ledger.source(name);
      String shown = Printable.shortLine(name, 200);
      if (changed) {
        System.err.println("claimtrack split-source: '" + shown + "' is now " + now.map(s -> s.id()).orElse(shown)
            + "; see claimtrack sources");
        return 0;
      }
      String why = now.map(s -> s.why().stream().filter(w -> w.startsWith("manual merge")).findFirst().orElse(null))
          .orElse(null);
      System.err.println("claimtrack split-source: nothing changed: '" + shown + "' is "
          + (why == null ? "already a source of its own (" + now.map(s -> s.id()).orElse(shown) + ")"
              : "still part of " + now.get().id() + " (" + Printable.line(why) + "); split the name that merge named")
          + "; see claimtrack sources");
      return 0;
    });
  }
}
