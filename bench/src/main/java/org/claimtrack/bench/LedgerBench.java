package org.claimtrack.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.Evidence;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Provenance;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.Span;
import org.claimtrack.ingest.ArticleHash;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.SearchFilters;
import org.claimtrack.ledger.TrackerSummary;

/**
 * Ledger throughput and query latency at scale. Extracting 10,000 articles with CoreNLP would take
 * most of an hour here, so the real extractor runs once over the base articles and the ledger gets
 * variants of them: each variant's numbers are changed digit by digit (in the text and in the
 * claims alike, so spans and values still agree), its dates shifted by whole days, its source names
 * varied, and a variant marker appended, so every variant has its own content hash.
 *
 * <p>Each round of variants (variant k of every base article) is a story of its own: its figures
 * count things of their own (the typed figure's thing carries the story's number). A real ledger
 * holds many stories; without this every variant would pile into the same few hundred trackers,
 * each growing with the ledger, which no real ledger does. So the cost of adding articles is
 * measured at any ledger size on trackers of one size (the cost grows with the size of the
 * trackers an article touches, which a ledger's size does not set).
 */
public final class LedgerBench {
  private LedgerBench() {}

  /** Variant {@code k} (k ≥ 1) of a base article. */
  public static ArticleClaims vary(ArticleClaims base, int k) {
    Article a = base.article();
    char[] text = a.text().toCharArray();
    int[] map = digitMap(k);
    List<Claim> claims = new ArrayList<>();
    List<Claim> src = base.claims();
    // change the digits of every quantity in the text, and its value by the same map
    for (Claim c : src) {
      for (Quantity q : c.quantities()) {
        if (!q.span().fits(text.length)) continue;
        for (int i = q.span().start(); i < q.span().end(); i++) {
          char ch = a.text().charAt(i);
          if (ch >= '0' && ch <= '9') text[i] = (char) ('0' + map[ch - '0']);
        }
      }
    }
    String newText = new String(text) + "\n[variant " + k + "]";
    String hash = ArticleHash.of(newText);
    int shift = k % 365;
    for (Claim c : src) {
      List<Quantity> qs = new ArrayList<>();
      for (Quantity q : c.quantities()) {
        BigDecimal lo = mapDigits(q.low(), map);
        BigDecimal hi = mapDigits(q.high(), map);
        boolean ordered = lo == null || hi == null || lo.compareTo(hi) <= 0;
        qs.add(ordered ? new Quantity(q.span().fits(newText.length()) ? q.span().of(newText) : q.surface(), q.span(), lo, hi,
            q.qualifier(), q.unit(), q.counted(), inStory(q.figure(), k)) : q.withFigure(inStory(q.figure(), k)));
      }
      Source s = c.source();
      Source s2 = s.name() == null || k % 50 == 0 ? s
          : new Source(s.name() + " " + (char) ('A' + k % 26) + (k % 50), s.type(), s.title(), s.affiliation());
      // a varied name is another source: the article's words for the original ("the agency", "Zelensky") are not its
      // mention, or every variant of a name would be one source by alias, a canonical source of hundreds of names
      Span mention = s2 == s ? c.sourceSpan() : null;
      claims.add(new Claim(hash.substring(0, 16) + "-" + c.id(), c.kind(), s2, mention, c.cue(), c.cueSpan(),
          c.text(), c.span(), c.reportedOn() == null ? null : c.reportedOn().plusDays(shift), c.about(), c.hedged(),
          c.hedges(), qs, new Provenance(hash, c.provenance().sentence(), c.provenance().stages(),
              c.provenance().version())));
    }
    Article v = new Article(a.id() + "~" + k, variantFile(a.file(), k), newText, a.body(), a.title(), a.publisher(),
        a.published() == null ? null : a.published().plusDays(shift), a.url(), hash);
    return new ArticleClaims(v, claims);
  }

  /** The figure counted in story {@code story}: its thing (and label) carry the story's number. */
  static Figure inStory(Figure f, int story) {
    if (f == null || f.thing() == null) return f;
    String tag = " (story " + story + ")";
    return new Figure(new Evidence<>(f.thing().value() + tag, f.thing().span(), f.thing().rule()), f.whose(), f.outcome(),
        f.place(), f.kind(), f.reading(), f.label() + tag, null);
  }

  private static String variantFile(String file, int k) {
    if (file == null) return null;
    int dot = file.lastIndexOf('.');
    return dot < 0 ? file + "~" + k : file.substring(0, dot) + "~" + k + file.substring(dot);
  }

  /** A permutation of the digits 1–9 (0 stays 0, so numbers keep their length and magnitude). */
  static int[] digitMap(int k) {
    int[] m = new int[10];
    for (int d = 1; d <= 9; d++) m[d] = ((d - 1 + k) % 9) + 1;
    return m;
  }

  static BigDecimal mapDigits(BigDecimal d, int[] map) {
    if (d == null) return null;
    String s = d.toPlainString();
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) b.append(ch >= '0' && ch <= '9' ? (char) ('0' + map[ch - '0']) : ch);
    return new BigDecimal(b.toString());
  }

  /** What was measured at one ledger size. */
  public record Report(int articles, long claims, double ingestSeconds, double analysisSeconds, double indexSeconds,
      int trackers, String trackMeasured, double[] track, double[] search, int baseArticles, Adding adding) {
    public String render() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "ledger bench: %d articles (%d base articles extracted by the real extractor,"
          + " the rest generated variants, each round of them a story of its own: digits of quantities permuted, dates"
          + " shifted, source names varied), %d claims%n", articles, baseArticles, claims));
      sb.append(String.format(Locale.ROOT, "  ingest (hash check + one transaction per article): %.1f s, %.0f articles/s%n",
          ingestSeconds, articles / ingestSeconds));
      sb.append(String.format(Locale.ROOT, "  analysis of the articles stored since the last (in runs of up to %d articles),"
          + " stored in one transaction each: %.1f s (%d trackers)%n", RUN, analysisSeconds, trackers));
      sb.append(String.format(Locale.ROOT, "  search index brought up to date: %.1f s%n", indexSeconds));
      sb.append("  queries timed after 50 untimed warm-up queries of each kind, one thread\n");
      sb.append(String.format(Locale.ROOT, "  track  (%s): p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d queries%n",
          trackMeasured, track[0], track[1], track[2], (int) track[3]));
      sb.append(String.format(Locale.ROOT, "  search (full text, some with --source/--from/--to): p50 %.1f ms, p95 %.1f ms,"
          + " max %.1f ms over %d queries%n", search[0], search[1], search[2], (int) search[3]));
      if (adding != null) sb.append(adding.render(articles));
      return sb.toString();
    }
  }

  /** The cost of adding a few articles to a ledger of some size, as one ingest run does: store, analyze, index. */
  public record Adding(int articles, double ingestSeconds, double analysisSeconds, double indexSeconds) {
    public double totalSeconds() {
      return ingestSeconds + analysisSeconds + indexSeconds;
    }

    String render(int size) {
      return String.format(Locale.ROOT, "  adding %d articles to the %,d-article ledger: %.2f s (store %.2f s, analysis %.2f s,"
          + " index %.2f s)%n", articles, size, totalSeconds(), ingestSeconds, analysisSeconds, indexSeconds);
    }
  }

  /** Articles stored between two analyses while the ledger is built up (one ingest run's worth). */
  public static final int RUN = 10_000;

  /**
   * Builds the ledger up to each of {@code sizes} (the base articles, then variants), analyzing
   * every {@link #RUN} articles as successive ingest runs would, and at each size times the queries
   * and then adding {@code add} more articles.
   */
  public static List<Report> run(Ledger ledger, List<ArticleClaims> base, List<Integer> sizes, int add, int queries,
      String version, Consumer<String> log) {
    List<Report> out = new ArrayList<>();
    int stored = 0;
    double ingest = 0;
    double analysis = 0;
    double index = 0;
    for (int size : sizes) {
      while (stored < size) {
        int until = Math.min(size, (stored / RUN + 1) * RUN);
        long t0 = System.nanoTime();
        for (; stored < until; stored++) {
          ArticleClaims ac = article(base, stored);
          if (!ledger.isStored(ac.article().hash())) ledger.ingest(ac, version);
          if ((stored + 1) % 1000 == 0) log.accept((stored + 1) + " articles stored");
        }
        ingest += (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        ledger.ensureAnalysis();
        analysis += (System.nanoTime() - t1) / 1e9;
        log.accept(stored + " articles analyzed");
      }
      long t2 = System.nanoTime();
      ledger.refresh();
      index += (System.nanoTime() - t2) / 1e9;
      log.accept(size + " articles stored, analyzed and indexed; timing queries");
      Report r = measure(ledger, base, size, queries, ingest, analysis, index);
      Adding a = null;
      if (add > 0) {
        // what the next ingest run of `add` articles costs: store them, bring the analysis and the index up to date
        long s0 = System.nanoTime();
        for (int i = 0; i < add; i++) {
          ArticleClaims ac = article(base, stored + i);
          if (!ledger.isStored(ac.article().hash())) ledger.ingest(ac, version);
        }
        long s1 = System.nanoTime();
        ledger.ensureAnalysis();
        long s2 = System.nanoTime();
        ledger.refresh();
        long s3 = System.nanoTime();
        stored += add;
        a = new Adding(add, (s1 - s0) / 1e9, (s2 - s1) / 1e9, (s3 - s2) / 1e9);
        log.accept(a.render(size).strip());
      }
      out.add(new Report(r.articles(), r.claims(), r.ingestSeconds(), r.analysisSeconds(), r.indexSeconds(), r.trackers(),
          r.trackMeasured(), r.track(), r.search(), r.baseArticles(), a));
    }
    return out;
  }

  /** Article {@code i} of the bench: a base article, then variants of them. */
  static ArticleClaims article(List<ArticleClaims> base, int i) {
    return i < base.size() ? base.get(i) : vary(base.get(i % base.size()), i / base.size());
  }

  private static Report measure(Ledger ledger, List<ArticleClaims> base, int total, int queries, double ingest,
      double analysis, double index) {
    List<TrackerSummary> trackers = ledger.trackers();
    List<String> words = queryWords(base);
    // warm up (class loading, JIT) before timing: not counted
    Random warm = new Random(7);
    for (int i = 0; i < 50; i++) {
      ledger.search(words.get(warm.nextInt(words.size())), SearchFilters.NONE);
      if (!trackers.isEmpty()) ledger.tracker(trackers.get(warm.nextInt(trackers.size())).id());
      else ledger.findTracker(words.get(warm.nextInt(words.size())));
    }
    Random rnd = new Random(42);
    double[] track = new double[queries];
    String trackMeasured;
    if (!trackers.isEmpty()) {
      trackMeasured = "tracker by id";
      for (int i = 0; i < queries; i++) {
        String id = trackers.get(rnd.nextInt(trackers.size())).id();
        long s = System.nanoTime();
        ledger.tracker(id);
        track[i] = (System.nanoTime() - s) / 1e6;
      }
    } else {
      trackMeasured = "free text, no trackers: the analysis made none";
      for (int i = 0; i < queries; i++) {
        String q = words.get(rnd.nextInt(words.size())) + " " + words.get(rnd.nextInt(words.size()));
        long s = System.nanoTime();
        ledger.findTracker(q);
        track[i] = (System.nanoTime() - s) / 1e6;
      }
    }
    double[] search = new double[queries];
    List<String> sources = ledger.sources().stream().map(s -> s.id()).limit(200).toList();
    for (int i = 0; i < queries; i++) {
      String q = words.get(rnd.nextInt(words.size()));
      SearchFilters f = switch (i % 4) {
        case 1 -> sources.isEmpty() ? SearchFilters.NONE
            : new SearchFilters(sources.get(rnd.nextInt(sources.size())), null, null, null, 20);
        case 2 -> new SearchFilters(null, java.time.LocalDate.of(2006, 1, 1).plusDays(rnd.nextInt(6000)), null, null, 20);
        default -> SearchFilters.NONE;
      };
      long s = System.nanoTime();
      ledger.search(q, f);
      search[i] = (System.nanoTime() - s) / 1e6;
    }
    return new Report(total, ledger.claimCount(), ingest, analysis, index, trackers.size(), trackMeasured,
        stats(track), stats(search), base.size(), null);
  }

  /** Words of the base articles' titles and claims' sources, for queries. */
  static List<String> queryWords(List<ArticleClaims> base) {
    List<String> out = new ArrayList<>();
    for (ArticleClaims ac : base) {
      String t = ac.article().title() == null ? "" : ac.article().title();
      for (String w : t.split("[^\\p{L}]+")) if (w.length() >= 5) out.add(w.toLowerCase(Locale.ROOT));
      for (Claim c : ac.claims()) {
        if (c.source().name() != null) {
          for (String w : c.source().name().split("[^\\p{L}]+")) if (w.length() >= 5) out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    if (out.isEmpty()) out.add("said");
    return out;
  }

  /** {p50, p95, max, n} in ms. */
  static double[] stats(double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    if (s.length == 0) return new double[] {0, 0, 0, 0};
    return new double[] {s[(int) Math.floor(0.50 * (s.length - 1))], s[(int) Math.ceil(0.95 * (s.length - 1))],
        s[s.length - 1], s.length};
  }
}
