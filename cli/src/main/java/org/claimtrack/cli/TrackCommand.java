package org.claimtrack.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimtrack.ledger.track.FigureText;
import org.claimtrack.ledger.LedgerException;
import org.claimtrack.ledger.track.Agreement;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Conflict;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.Revision;
import org.claimtrack.ledger.track.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code claimtrack track}: one tracker in full. */
@Command(name = "track", mixinStandardHelpOptions = true,
    description = {"Shows one tracker: each estimate with why it is there, the timeline by the date each source gave",
        "it, agreement and conflicts, revisions, repeats and the verdict. Takes a tracker id (see claimtrack",
        "trackers) or free text, e.g. claimtrack track \"North Korean troops in Kursk\"."})
final class TrackCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "TRACKER", description = "A tracker id, or words that describe it.")
  List<String> words;

  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    String query = String.join(" ", words);
    return where.run("track", ledger -> {
      Optional<Tracker> found = ledger.findTracker(query);
      if (found.isEmpty()) {
        throw new LedgerException(LedgerException.Kind.NOT_FOUND,
            "no tracker matches '" + query + "': see claimtrack trackers for ids");
      }
      Map<String, CanonicalSource> sources = new HashMap<>();
      for (CanonicalSource s : ledger.sources()) sources.put(s.id(), s);
      print(found.get(), sources, Terminal.out());
      return 0;
    });
  }

  static void print(Tracker t, Map<String, CanonicalSource> sources, PrintStream out) {
    out.println(t.id() + " — " + t.what());
    out.println("  kind: " + t.kind() + (t.counted() == null ? "" : " · counted: " + t.counted())
        + (t.place() == null ? "" : " · place: " + t.place()) + " · " + t.sources() + " source"
        + (t.sources() == 1 ? "" : "s") + ", " + t.voices() + " independent");
    if (t.where() != null) out.println("  where: " + LedgerText.where(t.where()));
    out.println();
    out.println("Timeline (by the date each source gave its figure):");
    Map<String, String> label = new HashMap<>();
    int i = 0;
    for (Estimate e : t.estimates()) label.put(e.claimId(), "#" + (++i));
    for (Estimate e : t.regionFigures()) label.putIfAbsent(e.claimId(), e.place() + " " + FigureText.of(e.low(), e.high(), e.qualifier()));
    i = 0;
    for (Estimate e : t.estimates()) {
      i++;
      String src = name(sources, e.sourceId());
      out.printf("  #%-2d %-10s %-22s %-32s %s%s%s%n", i, e.reportedOn() == null ? "undated" : e.reportedOn().toString(),
          FigureText.of(e.low(), e.high(), e.qualifier()), LedgerText.pad(src, 32), e.file() == null ? e.articleId() : e.file(),
          e.hedged() ? "  [hedged]" : "", e.repeatOf() == null ? "" : "  [repeats " + label.getOrDefault(e.repeatOf(), e.repeatOf()) + "]");
      if (e.surface() != null) out.println("       \"" + e.surface() + "\"");
      if (e.relayed()) {
        out.println("       chain: " + name(sources, e.originId()) + (e.via() == null ? "" : " → " + e.via()) + " → "
            + name(sources, e.sourceId()));
      }
      if (e.why() != null) out.println("       why: " + e.why());
    }
    out.println();
    if (!t.regionFigures().isEmpty()) {
      out.println("Figures for its regions (lower bounds for all of " + t.place() + "):");
      for (Estimate e : t.regionFigures()) {
        out.printf("  %-10s %-22s %-20s %-32s %s%n", e.reportedOn() == null ? "undated" : e.reportedOn().toString(),
            FigureText.of(e.low(), e.high(), e.qualifier()), e.place(), LedgerText.pad(name(sources, e.originId()), 32),
            e.file());
      }
    }
    List<Agreement.Day> days = Agreement.byDay(t, List.copyOf(sources.values()));
    if (days.stream().anyMatch(d -> d.agree() != null)) {
      out.println("By day (each source's figure current that day; a figure stays current " + Agreement.CURRENT_DAYS + " days):");
      for (Agreement.Day d : days) {
        StringBuilder b = new StringBuilder();
        for (Estimate e : d.current()) {
          if (b.length() > 0) b.append(", ");
          b.append(label.getOrDefault(e.claimId(), "?")).append(' ').append(name(sources, e.sourceId()));
        }
        out.printf("  %s  %-9s %s%n", d.date(), d.agree() == null ? "one" : d.agree() ? "agree" : "CONFLICT", b);
      }
    }
    if (t.conflicts().isEmpty()) {
      long n = t.estimates().stream().map(Estimate::sourceId).distinct().count();
      out.println("Agreement: no conflicting estimates" + (n > 1 ? " among " + n + " sources" : ""));
    } else {
      out.println("Conflicts:");
      for (Conflict c : t.conflicts()) {
        out.println("  " + label.getOrDefault(c.a(), c.a()) + " vs " + label.getOrDefault(c.b(), c.b())
            + (c.why() == null ? "" : ": " + c.why()));
      }
    }
    if (!t.revisions().isEmpty()) {
      out.println("Revisions:");
      for (Revision r : t.revisions()) {
        out.println("  " + name(sources, r.sourceId()) + ": " + label.getOrDefault(r.from(), r.from()) + " → "
            + label.getOrDefault(r.to(), r.to()) + " (" + r.direction() + ")");
      }
    }
    long repeats = t.estimates().stream().filter(e -> e.repeatOf() != null).count();
    if (repeats > 0) out.println("Repeats: " + repeats + " estimate(s) restate an earlier figure of the same source");
    out.println();
    out.println("Verdict: " + (t.verdict() == null ? "-" : t.verdict()));
    out.flush();
  }

  private static String name(Map<String, CanonicalSource> sources, String id) {
    CanonicalSource s = sources.get(id);
    return s == null || s.name() == null ? id : s.name();
  }
}
