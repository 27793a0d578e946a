package org.claimtrack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.LedgerException;
import org.claimtrack.ledger.track.Tracker;
import org.claimtrack.ledger.watch.LedgerEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrack watch}: a tracker's new estimates, revisions and conflicts, printed as they arrive. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Prints a tracker's events (a new estimate, a revision, a conflict) as ingests anywhere on this",
        "ledger make them: the last few first, then each new one. TRACKER is an id or words, or 'all'. Ctrl-C stops it."})
final class WatchCommand implements Callable<Integer> {
  /** Made on first use, not when picocli builds the command line (Jackson's classes cost every command 0.2 s). */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  @Parameters(arity = "1..*", paramLabel = "TRACKER", description = "A tracker id, words that describe it, or all.")
  List<String> words;

  @Option(names = "--last", paramLabel = "N", description = "Events already made to print first. Default: ${DEFAULT-VALUE}.")
  int last = 5;

  @Option(names = "--count", paramLabel = "N", description = "Stop after N new events (default: never).")
  Integer count;

  @Option(names = "--interval", paramLabel = "SECONDS", description = "How often to look. Default: ${DEFAULT-VALUE}.")
  double interval = 2;

  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    if (last < 0 || interval <= 0 || (count != null && count < 1)) {
      System.err.println("claimtrack watch: --last must be 0 or more, --interval positive, --count at least 1");
      return Main.EXIT_USAGE;
    }
    String query = String.join(" ", words);
    return where.run("watch", ledger -> watch(ledger, query, System.out));
  }

  private int watch(Ledger ledger, String query, PrintStream out) {
    String trackerId = null;
    if (!query.equalsIgnoreCase("all")) {
      Optional<Tracker> t = ledger.findTracker(query);
      if (t.isEmpty()) {
        throw new LedgerException(LedgerException.Kind.NOT_FOUND, "no tracker matches '" + query + "': see claimtrack trackers");
      }
      trackerId = t.get().id();
      out.println("watching " + trackerId + " — " + t.get().what());
    } else {
      out.println("watching every tracker");
    }
    ledger.ensureAnalysis();
    List<LedgerEvent> recent = ledger.events().latest(trackerId, last);
    for (int i = recent.size() - 1; i >= 0; i--) print(recent.get(i), out);
    long after = ledger.events().lastId();
    out.flush();
    int seen = 0;
    while (count == null || seen < count) {
      try {
        Thread.sleep((long) (interval * 1000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      }
      ledger.ensureAnalysis(); // an ingest that stopped before its refresh is analyzed here, making its events
      for (LedgerEvent e : ledger.events().after(after, trackerId, 100)) {
        print(e, out);
        after = e.id();
        if (count != null && ++seen >= count) break;
      }
      out.flush();
    }
    return 0;
  }

  static void print(LedgerEvent e, PrintStream out) {
    JsonNode p;
    try {
      p = Json.MAPPER.readTree(e.payload());
    } catch (IOException x) {
      p = Json.MAPPER.createObjectNode();
    }
    out.println(TIME.format(e.createdAt()) + "  " + String.format(Locale.ROOT, "%-8s", e.type().name().toLowerCase(Locale.ROOT))
        + "  " + p.path("summary").asText(""));
    JsonNode est = p.path("estimate");
    if (!est.isMissingNode() && !est.isNull()) {
      out.println("          \u201c" + est.path("sentence").asText("") + "\u201d");
      out.println("          " + est.path("article").path("file").asText(est.path("article").path("id").asText(""))
          + " · claim " + est.path("claimId").asText(""));
    }
  }
}
