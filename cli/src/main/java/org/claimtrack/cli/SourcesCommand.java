package org.claimtrack.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.SourceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrack sources}: canonical sources with aliases and claim counts, or their records. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = {"Lists the canonical sources with their aliases, claim counts and why names were merged.",
        "With --record: each source's record across all trackers (figures, revisions, repeats, conflicts, and how",
        "its figures compared with the other sources' 30 days later)."})
final class SourcesCommand implements Callable<Integer> {
  @Mixin LedgerOptions where;

  @Option(names = "--record", description = "Each source's record instead of its names.")
  boolean record;

  @Override
  public Integer call() {
    return where.run("sources", ledger -> {
      List<CanonicalSource> ss = ledger.sources();
      PrintStream out = Terminal.out();
      if (ss.isEmpty()) System.err.println("claimtrack sources: no sources yet; run claimtrack ingest FILES first");
      if (record) {
        Map<String, CanonicalSource> byId = new HashMap<>();
        ss.forEach(s -> byId.put(s.id(), s));
        printRecords(ledger.sourceRecords(), byId, out);
        out.flush();
        return 0;
      }
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

  static final String HEADER = LedgerText.pad("SOURCE", 36) + " FIGS TRKS ORIG RELAY REPEAT  REVISIONS (up/down, mean)  CONFL"
      + "  30 DAYS LATER (in/below/above)";

  static void printRecords(List<SourceRecord> records, Map<String, CanonicalSource> byId, PrintStream out) {
    out.println(HEADER);
    for (SourceRecord r : records) out.println(line(r, byId.get(r.sourceId())));
  }

  static String line(SourceRecord r, CanonicalSource s) {
    String name = s == null || s.name() == null ? r.sourceId() : s.name();
    String revisions = r.revisions() == 0 ? "-"
        : r.revisions() + " (" + r.up() + "/" + r.down() + (r.meanRevisionPercent() == null ? ""
            : ", " + r.meanRevisionPercent().toPlainString() + " %") + ")";
    String later = r.inside() + r.below() + r.above() == 0 ? "-" : r.inside() + "/" + r.below() + "/" + r.above();
    return String.format("%s %4d %4d %4d %5d %6d  %-26s %5d  %s", LedgerText.pad(name, 36), r.figures(), r.trackers(),
        r.originated(), r.relayed(), r.repeats(), revisions, r.conflicts(), later);
  }
}
