package org.claimtrack.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrack.domain.Printable;
import org.claimtrack.ledger.SearchFilters;
import org.claimtrack.ledger.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrack search}: full text over articles, claims and source names. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Full-text search over article text and titles, claim text and source names.",
        "QUERY uses Lucene's syntax: words (all must match), \"a phrase\", OR, NOT or -word, wildcards*.",
        "Words that start with a dash are part of the query; so is everything after --."})
final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
  List<String> query;

  @Option(names = "--source", paramLabel = "NAME", description = "Only claims of this source (id, name or alias).")
  String source;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only hits dated on or after this day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only hits dated on or before this day.")
  String to;

  @Option(names = "--tracker", paramLabel = "ID", description = "Only claims whose figures are in this tracker.")
  String tracker;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    LocalDate f;
    LocalDate t;
    try {
      f = from == null ? null : LocalDate.parse(from);
      t = to == null ? null : LocalDate.parse(to);
    } catch (DateTimeParseException e) {
      System.err.println("claimtrack search: --from/--to '" + e.getParsedString() + "' is not a date (use YYYY-MM-DD)");
      return Main.EXIT_USAGE;
    }
    if (limit < 1) {
      System.err.println("claimtrack search: --limit must be at least 1, got " + limit);
      return Main.EXIT_USAGE;
    }
    String q = String.join(" ", query);
    return where.run("search", ledger -> {
      List<SearchHit> hits = ledger.search(q, new SearchFilters(source, f, t, tracker, limit));
      PrintStream out = Terminal.out();
      if (hits.isEmpty()) System.err.println("claimtrack search: nothing matches '" + Printable.shortLine(q, 80) + "'");
      for (SearchHit h : hits) {
        String date = h.date() == null ? "undated   " : h.date().toString();
        if (h.type().equals("article")) {
          out.printf("article %s  %s — %s%n", date, h.file(), h.title() == null ? h.articleId() : h.title());
        } else {
          out.printf("claim   %s  %s · %s: %s%n", date, h.file(), h.sourceId() != null ? h.sourceId()
              : h.sourceName() == null ? "-" : h.sourceName(), oneLine(h.text(), 160));
          out.println("        id " + h.claimId());
        }
      }
      out.flush();
      return 0;
    });
  }

  private static String oneLine(String s, int n) {
    if (s == null) return "";
    s = s.replaceAll("\\s+", " ").trim();
    return s.length() > n ? s.substring(0, n - 1) + "…" : s;
  }
}
