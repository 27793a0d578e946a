package org.claimtrack.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimtrack.ledger.LedgerException;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.FigureText;
import org.claimtrack.ledger.track.SourceRecord;
import org.claimtrack.ledger.track.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code claimtrack source NAME}: one source, its record, and its figures tracker by tracker. */
@Command(name = "source", mixinStandardHelpOptions = true,
    description = {"Shows one canonical source (by id, name or alias): its names, its record across all trackers,",
        "and its figures in each tracker, with revisions, repeats, conflicts and how each compared 30 days later."})
final class SourceCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "NAME", description = "A source id, name or alias.")
  List<String> words;

  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    String name = String.join(" ", words);
    return where.run("source", ledger -> {
      Optional<CanonicalSource> found = ledger.source(name);
      if (found.isEmpty()) {
        throw new LedgerException(LedgerException.Kind.NOT_FOUND, "no source named '" + name + "': see claimtrack sources");
      }
      CanonicalSource s = found.get();
      PrintStream out = System.out;
      out.println(s.id() + " — " + (s.name() == null ? "(unknown)" : s.name()) + " (" + s.type()
          + (s.affiliation() == null ? "" : "; " + s.affiliation()) + ") · " + s.claims() + " claim" + (s.claims() == 1 ? "" : "s"));
      if (!s.aliases().isEmpty()) out.println("  aka: " + String.join(" · ", s.aliases()));
      for (String w : s.why()) out.println("  why: " + w);
      out.println();
      SourceRecord r = ledger.sourceRecord(s.id()).orElseThrow();
      out.println(SourcesCommand.HEADER);
      out.println(SourcesCommand.line(r, s));
      out.println();
      List<String> ids = ledger.trackersOfSource(s.id());
      if (ids.isEmpty()) out.println("No figures in any tracker.");
      for (String id : ids) {
        Tracker t = ledger.tracker(id).orElseThrow();
        out.println(t.id() + " — " + t.what());
        for (Estimate e : t.estimates()) {
          if (!e.sourceId().equals(s.id()) && !e.originId().equals(s.id())) continue;
          String role = e.sourceId().equals(s.id()) ? (e.relayed() ? "carried from " + e.originId() : "gave")
              : "originated, carried by " + e.sourceId();
          out.printf("  %-10s %-22s %-40s %s%s%s%n", e.reportedOn() == null ? "undated" : e.reportedOn(),
              FigureText.of(e.low(), e.high(), e.qualifier()), role, e.file(),
              e.repeatOf() == null ? "" : "  [repeat]", e.later() == null ? "" : "  30 days later: " + e.later());
        }
        out.println("  verdict: " + t.verdict());
      }
      out.flush();
      return 0;
    });
  }
}
