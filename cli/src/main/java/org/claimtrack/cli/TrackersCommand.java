package org.claimtrack.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrack.ledger.TrackerListing;
import org.claimtrack.ledger.TrackerSummary;
import org.claimtrack.ledger.track.FigureText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrack trackers}: the tracked quantities an analyst looks at first, one line each. */
@Command(name = "trackers", mixinStandardHelpOptions = true,
    description = {"Lists tracked quantities: latest estimate, range, number of estimates, sources (independent",
        "originators), flags. By default only those worth a first look: two or more independent sources, or a",
        "revision or a conflict, most recent first (when none is, the 10 most recent); --all lists every tracker.",
        "SRC counts sources; \"1/5\" is five sources carrying one independent originator's figures."})
final class TrackersCommand implements Callable<Integer> {
  /** How many trackers to show when none is worth a first look yet. */
  static final int FALLBACK = 10;

  @Mixin LedgerOptions where;

  @Option(names = "--all", description = "List every tracker, also those with one source and no revision or conflict.")
  boolean all;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "recent",
      description = "recent (latest figure first, the default), sources (most independent sources), estimates, conflicts, id.")
  String sort;

  @Override
  public Integer call() {
    TrackerListing.Sort order = TrackerListing.Sort.parse(sort);
    if (order == null) {
      System.err.println("claimtrack trackers: --sort must be one of recent, sources, estimates, conflicts, id; got " + sort);
      return Main.EXIT_USAGE;
    }
    return where.run("trackers", ledger -> {
      List<TrackerSummary> every = ledger.trackers();
      PrintStream out = Terminal.out();
      if (every.isEmpty()) {
        System.err.println("claimtrack trackers: no trackers yet; run claimtrack ingest FILES first");
        return 0;
      }
      List<TrackerSummary> ts = new TrackerListing(all, order).select(every);
      boolean fallback = ts.isEmpty();
      if (fallback) {
        // nothing corroborated, revised or contested yet: the most recent, so the screen is never empty
        ts = new TrackerListing(true, order).select(every).stream().limit(FALLBACK).toList();
        out.println("No tracker has two independent sources, a revision or a conflict yet; the " + ts.size()
            + " most recent (--all lists all " + every.size() + "):");
      }
      out.println(LedgerText.pad("TRACKER", 44) + " " + LedgerText.pad("KIND", 10) + " EST  SRC  "
          + LedgerText.pad("LATEST", 34) + " " + LedgerText.pad("RANGE", 18) + " FLAGS");
      for (TrackerSummary t : ts) {
        String latest = t.latestClaim() == null ? "-"
            : FigureText.of(t.latestLow(), t.latestHigh(), t.latestQualifier())
                + (t.latestOn() == null ? "" : " (" + t.latestOn() + ")");
        String flags = (t.conflicted() ? "conflict " : "") + (t.revised() ? "revised " : "")
            + (t.regionFigures() > 0 ? "regions " : "");
        String src = t.voices() < t.sources() ? t.voices() + "/" + t.sources() : Integer.toString(t.sources());
        out.printf("%s %s %3d %4s  %s %s %s%n", LedgerText.pad(t.id(), 44), LedgerText.pad(t.kind().name(), 10),
            t.estimates(), src, LedgerText.pad(latest, 34), LedgerText.pad(FigureText.range(t.rangeLow(), t.rangeHigh()), 18),
            flags.strip());
        out.println("    " + t.what());
        if (t.where() != null) out.println("    where: " + LedgerText.where(t.where()));
      }
      int hidden = every.size() - ts.size();
      if (hidden > 0 && !fallback) {
        out.println();
        out.println(hidden + (hidden == 1 ? " more tracker" : " more trackers")
            + " with one source and no revision or conflict: claimtrack trackers --all");
      }
      out.flush();
      return 0;
    });
  }
}
