package org.claimtrack.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.claimtrack.domain.Problem;
import org.claimtrack.ingest.ArticleJson;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ArticleSink;
import org.claimtrack.ingest.Inputs;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.ingest.ReadOptions;
import org.claimtrack.ingest.lang.LanguageDetector;

/**
 * Throughput of {@code claimtrack text}: the same reader, policies and JSON output, timed over a
 * set of files on one thread (as the command runs). One untimed pass first loads the language
 * models and warms the JIT; each timed pass is a fresh run (a fresh copy index, or every page of
 * the second pass would be a copy).
 */
public final class TextThroughput {
  private TextThroughput() {}

  /**
   * What the timed passes measured.
   *
   * @param files files read per pass
   * @param articles articles written per pass
   * @param skipped articles skipped per pass (other languages, copies, no article text)
   * @param problems problems per pass
   * @param passSeconds seconds of each timed pass
   * @param outputChars characters of JSON written per pass
   * @param languageLoadSeconds time to load the language detector (once per JVM, before the passes)
   */
  public record Report(int files, long articles, long skipped, long problems, List<Double> passSeconds,
      long outputChars, double languageLoadSeconds) {

    public double bestSeconds() {
      return passSeconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double meanSeconds() {
      return passSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Pages (files) per second of the mean pass. */
    public double pagesPerSecond() {
      return files / meanSeconds();
    }

    public String render() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "claimtrack text: %d files -> %d articles, %d skipped, %d problems"
          + " (%.1f KB of JSON Lines per pass)%n", files, articles, skipped, problems, outputChars / 1024.0));
      sb.append(String.format(Locale.ROOT, "%d timed passes on 1 thread: mean %.2f s, best %.2f s%n",
          passSeconds.size(), meanSeconds(), bestSeconds()));
      sb.append(String.format(Locale.ROOT, "throughput: %.1f pages/s (mean), %.1f pages/s (best pass)%n",
          pagesPerSecond(), files / bestSeconds()));
      sb.append(String.format(Locale.ROOT, "language detector load (once per JVM, not timed): %.2f s%n",
          languageLoadSeconds));
      return sb.toString();
    }
  }

  /**
   * Runs one warm-up and {@code passes} timed passes over {@code paths} (files or folders).
   *
   * @param log told what is going on, for stderr
   */
  public static Report run(List<Path> paths, int passes, Consumer<String> log) {
    Objects.requireNonNull(paths, "paths");
    if (passes < 1) throw new IllegalArgumentException("passes must be at least 1, got " + passes);
    List<Path> files = new ArrayList<>();
    for (Path p : paths) files.addAll(Inputs.expand(p));
    double load = LanguageDetector.standard().loadTime().toNanos() / 1e9;
    log.accept(String.format(Locale.ROOT, "%d files; warm-up pass...", files.size()));
    pass(files);
    List<Double> seconds = new ArrayList<>();
    long[] last = null;
    for (int i = 0; i < passes; i++) {
      long t0 = System.nanoTime();
      last = pass(files);
      double s = (System.nanoTime() - t0) / 1e9;
      seconds.add(s);
      log.accept(String.format(Locale.ROOT, "pass %d: %.2f s", i + 1, s));
    }
    return new Report(files.size(), last[0], last[1], last[2], seconds, last[3], load);
  }

  /** One run as {@code claimtrack text --format jsonl} does it; returns articles, skips, problems, chars. */
  private static long[] pass(List<Path> files) {
    long[] n = new long[4];
    ArticleReader reader = new ArticleReader(ArticleReader.Options.defaults(ReadOptions.DEFAULT));
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(ReadArticle a) {
        n[0]++;
        n[3] += ArticleJson.line(a).length() + 1;
      }

      @Override
      public void skipped(String input, String reason) {
        n[1]++;
      }

      @Override
      public void problem(Problem p) {
        n[2]++;
      }
    };
    for (Path f : files) reader.read(f, sink);
    return n;
  }
}
