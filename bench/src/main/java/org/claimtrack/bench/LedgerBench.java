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
import org.claimtrack.domain.Provenance;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Source;
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
            q.qualifier(), q.unit(), q.counted()) : q);
      }
      Source s = c.source();
      Source s2 = s.name() == null ? s : new Source(s.name() + (k % 50 == 0 ? "" : " " + (char) ('A' + k % 26) + (k % 50)),
          s.type(), s.title(), s.affiliation());
      claims.add(new Claim(hash.substring(0, 16) + "-" + c.id(), c.kind(), s2, c.sourceSpan(), c.cue(), c.cueSpan(),
          c.text(), c.span(), c.reportedOn() == null ? null : c.reportedOn().plusDays(shift), c.about(), c.hedged(),
          c.hedges(), qs, new Provenance(hash, c.provenance().sentence(), c.provenance().stages(),
              c.provenance().version())));
    }
    Article v = new Article(a.id() + "~" + k, variantFile(a.file(), k), newText, a.body(), a.title(), a.publisher(),
        a.published() == null ? null : a.published().plusDays(shift), a.url(), hash);
    return new ArticleClaims(v, claims);
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

  /** What was measured. */
  public record Report(int articles, long claims, double ingestSeconds, double analysisSeconds, double indexSeconds,
      int trackers, String trackMeasured, double[] track, double[] search, int baseArticles) {
    public String render() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "ledger bench: %d articles (%d base articles extracted by the real extractor,"
          + " the rest generated variants: digits of quantities permuted, dates shifted, source names varied), %d claims%n",
          articles, baseArticles, claims));
      sb.append(String.format(Locale.ROOT, "  ingest (hash check + one transaction per article): %.1f s, %.0f articles/s%n",
          ingestSeconds, articles / ingestSeconds));
      sb.append(String.format(Locale.ROOT, "  analysis of all claims, stored in one transaction: %.1f s (%d trackers)%n",
          analysisSeconds, trackers));
      sb.append(String.format(Locale.ROOT, "  search index brought up to date: %.1f s%n", indexSeconds));
      sb.append("  queries timed after 50 untimed warm-up queries of each kind, one thread\n");
      sb.append(String.format(Locale.ROOT, "  track  (%s): p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d queries%n",
          trackMeasured, track[0], track[1], track[2], (int) track[3]));
      sb.append(String.format(Locale.ROOT, "  search (full text, some with --source/--from/--to): p50 %.1f ms, p95 %.1f ms,"
          + " max %.1f ms over %d queries%n", search[0], search[1], search[2], (int) search[3]));
      return sb.toString();
    }
  }

  /**
   * Ingests {@code total} articles (the base ones, then variants) into {@code ledger}, analyzes and
   * indexes, then times {@code track} and {@code search}.
   */
  public static Report run(Ledger ledger, List<ArticleClaims> base, int total, int queries, String version,
      Consumer<String> log) {
    long t0 = System.nanoTime();
    for (int i = 0; i < total; i++) {
      ArticleClaims ac = i < base.size() ? base.get(i) : vary(base.get(i % base.size()), 1 + i / base.size());
      if (!ledger.isStored(ac.article().hash())) ledger.ingest(ac, version);
      if ((i + 1) % 1000 == 0) log.accept((i + 1) + " articles stored");
    }
    double ingest = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    ledger.ensureAnalysis();
    double analysis = (System.nanoTime() - t1) / 1e9;
    long t2 = System.nanoTime();
    ledger.refresh();
    double index = (System.nanoTime() - t2) / 1e9;
    log.accept("stored, analyzed and indexed; timing queries");

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
        stats(track), stats(search), base.size());
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
