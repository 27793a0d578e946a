package org.claimtrack.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrack.ledger.track.FigureText;
import org.claimtrack.ledger.TrackerSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimtrack trackers}: every tracked quantity, one line each. */
@Command(name = "trackers", mixinStandardHelpOptions = true,
    description = "Lists every tracked quantity: latest estimate, range, number of estimates and sources, flags.")
final class TrackersCommand implements Callable<Integer> {
  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    return where.run("trackers", ledger -> {
      List<TrackerSummary> ts = ledger.trackers();
      PrintStream out = Terminal.out();
      if (ts.isEmpty()) {
        System.err.println("claimtrack trackers: no trackers yet; run claimtrack ingest FILES first");
        return 0;
      }
      out.println(LedgerText.pad("TRACKER", 40) + " " + LedgerText.pad("KIND", 10) + " EST SRC  "
          + LedgerText.pad("LATEST", 34) + " " + LedgerText.pad("RANGE", 18) + " FLAGS");
      for (TrackerSummary t : ts) {
        String latest = t.latestClaim() == null ? "-"
            : FigureText.of(t.latestLow(), t.latestHigh(), t.latestQualifier())
                + (t.latestOn() == null ? "" : " (" + t.latestOn() + ")");
        String flags = (t.conflicted() ? "conflict " : "") + (t.revised() ? "revised" : "");
        out.printf("%s %s %3d %3d  %s %s %s%n", LedgerText.pad(t.id(), 40), LedgerText.pad(t.kind().name(), 10),
            t.estimates(), t.sources(), LedgerText.pad(latest, 34), LedgerText.pad(FigureText.range(t.rangeLow(),
                t.rangeHigh()), 18), flags.strip());
        out.println("    " + t.what());
      }
      out.flush();
      return 0;
    });
  }
}
