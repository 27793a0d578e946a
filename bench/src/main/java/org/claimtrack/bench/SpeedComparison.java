package org.claimtrack.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Result;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.nlp.StockCoreNlp;

/**
 * claimtrack's whole extractor and stock CoreNLP ({@code tokenize,ssplit,pos,lemma,ner,depparse},
 * default settings) on the same article bodies, in one JVM: a warm-up pass each, then timed
 * passes, single-threaded for both so the ratio compares work, not cores; then the extractor on
 * all threads. The timed passes alternate (claimtrack, stock, claimtrack, stock, ...), so that a
 * machine that is slower for a while slows both, and each pass's ratio is reported: one pass of
 * each, one after the other, moved the ratio between 3.9x and 6.2x from run to run on this
 * machine for the same code. Peak heap is read from the JVM's heap pools over the timed passes of
 * each pipeline.
 */
public final class SpeedComparison {

  /** Figures of one run. */
  public record Report(
      int articles, long chars, int passes, int threads,
      double oursPerSecond, double stockPerSecond, double oursParallelPerSecond,
      long oursPeakHeap, long stockPeakHeap, long claims, long tokensStock, List<Double> passRatios) {

    public Report {
      passRatios = List.copyOf(passRatios);
    }

    /** Over all timed passes: claimtrack's articles per second over stock CoreNLP's. */
    public double ratio() {
      return stockPerSecond == 0 ? 0 : oursPerSecond / stockPerSecond;
    }

    public String render() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format("articles: %d (%,d chars of body), %d timed pass(es) each after one warm-up pass%n", articles, chars, passes));
      sb.append(String.format("%-52s %10s %14s%n", "pipeline", "articles/s", "peak heap"));
      sb.append(String.format("%-52s %10.2f %14s%n", "claimtrack extract (1 thread, all stages)", oursPerSecond, mb(oursPeakHeap)));
      sb.append(String.format("%-52s %10.2f %14s%n", "stock CoreNLP tokenize,ssplit,pos,lemma,ner,depparse", stockPerSecond, mb(stockPeakHeap)));
      sb.append(String.format("%-52s %10.2f %14s%n", "claimtrack extract (" + threads + " threads)", oursParallelPerSecond, ""));
      sb.append(String.format("ratio claimtrack / stock (1 thread each): %.2fx%n", ratio()));
      if (passRatios.size() > 1) {
        StringBuilder each = new StringBuilder();
        for (double r : passRatios) each.append(each.length() == 0 ? "" : ", ").append(String.format("%.2fx", r));
        sb.append("ratio in each pass (claimtrack's pass, then stock's): ").append(each).append('\n');
      }
      sb.append(String.format("claims found per pass: %d; stock tokens per pass: %d%n", claims, tokensStock));
      sb.append("peak heap: JVM heap pools' peak use during the phase; both pipelines are loaded in this JVM\n");
      return sb.toString();
    }

    private static String mb(long bytes) {
      return String.format("%,d MB", bytes / (1024 * 1024));
    }
  }

  private SpeedComparison() {}

  public static Report run(List<Article> articles, ClaimExtractor ours, StockCoreNlp stock, int passes, int threads,
      Consumer<String> progress) {
    Objects.requireNonNull(articles, "articles");
    if (articles.isEmpty()) throw new IllegalArgumentException("no articles to benchmark");
    if (passes < 1) throw new IllegalArgumentException("passes must be at least 1, got " + passes);
    List<String> bodies = new ArrayList<>();
    for (Article a : articles) bodies.add(a.bodyText());

    progress.accept("warm-up: claimtrack");
    long claims = extractAll(articles, ours);
    progress.accept("warm-up: stock CoreNLP");
    long tokens = stockAll(bodies, stock);

    double oursSeconds = 0;
    double stockSeconds = 0;
    long oursPeak = 0;
    long stockPeak = 0;
    List<Double> passRatios = new ArrayList<>();
    for (int p = 0; p < passes; p++) {
      String of = passes > 1 ? " (pass " + (p + 1) + " of " + passes + ")" : "";
      progress.accept("timed: claimtrack, 1 thread" + of);
      resetPeaks();
      long t0 = System.nanoTime();
      claims = extractAll(articles, ours);
      double o = (System.nanoTime() - t0) / 1e9;
      oursPeak = Math.max(oursPeak, peakHeap());

      progress.accept("timed: stock CoreNLP, 1 thread" + of);
      resetPeaks();
      t0 = System.nanoTime();
      tokens = stockAll(bodies, stock);
      double st = (System.nanoTime() - t0) / 1e9;
      stockPeak = Math.max(stockPeak, peakHeap());
      oursSeconds += o;
      stockSeconds += st;
      passRatios.add(st / o);
    }

    progress.accept("timed: claimtrack, " + threads + " threads");
    long t0 = System.nanoTime();
    for (int p = 0; p < passes; p++) extractParallel(articles, ours, threads);
    double parSeconds = (System.nanoTime() - t0) / 1e9;

    int n = articles.size() * passes;
    return new Report(articles.size(), BenchCorpus.chars(articles), passes, threads, n / oursSeconds, n / stockSeconds,
        n / parSeconds, oursPeak, stockPeak, claims, tokens, passRatios);
  }

  private static long extractAll(List<Article> articles, ClaimExtractor ours) {
    long claims = 0;
    for (Article a : articles) {
      Result<ArticleClaims> r = ours.extract(a);
      if (r instanceof Result.Ok<ArticleClaims> ok) claims += ok.value().claims().size();
    }
    return claims;
  }

  private static long stockAll(List<String> bodies, StockCoreNlp stock) {
    long tokens = 0;
    for (String b : bodies) tokens += stock.annotate(b);
    return tokens;
  }

  private static void extractParallel(List<Article> articles, ClaimExtractor ours, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Result<ArticleClaims>>> fs = new ArrayList<>();
      for (Article a : articles) fs.add(pool.submit(() -> ours.extract(a)));
      for (Future<Result<ArticleClaims>> f : fs) f.get();
    } catch (Exception e) {
      throw new IllegalStateException("parallel extraction failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
    }
    return sum;
  }
}
