package org.claimtrack.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ArticleSink;
import org.claimtrack.ingest.ReadArticle;

/**
 * Reader to extractor to ordered output: what {@code claimtrack extract} and {@code claimtrack
 * ingest} run, and what a server can run. Inputs are read on the calling thread with the run's
 * policies and limits ({@link ArticleReader}); articles are extracted on {@code threads} workers,
 * at most a few per worker in flight; everything the listener hears — claims, problems of reading
 * and of extraction, skips, notes — comes on the calling thread, in input order.
 *
 * <p>Bad input never stops the run: an article the extractor refuses (over a limit, no sentences)
 * or fails on (an internal error, even running out of memory) is one {@link Problem} naming the
 * input, and the rest goes on. What the listener throws is not caught: it stops the run (a
 * database that cannot be written, say).
 *
 * <pre>{@code
 * ExtractionPipeline p = new ExtractionPipeline(readOptions, 4, ClaimExtractors::standard);
 * p.run(List.of(Path.of("crawl.warc.gz")), listener);
 * }</pre>
 */
public final class ExtractionPipeline {

  /** Hears what a run finds, on the calling thread, in input order. */
  public interface Listener {
    /**
     * Whether to extract this article; called when it is read, before any extraction (an ingest
     * leaves out articles it has stored). Default: every one.
     */
    default boolean wanted(ReadArticle article) {
      return true;
    }

    /** The claims of an article. */
    void extracted(ReadArticle article, ArticleClaims claims);

    /** An input, record, line or article that could not be read or extracted; the rest goes on. */
    void failed(Problem problem);

    /** An article left out on purpose (another language, a copy, a page without article text). */
    default void skipped(String input, String reason) {}

    /** Something a person should know that is neither a skip nor a failure. */
    default void note(String input, String message) {}

    /** One input (file or folder) was read; its articles may still be in extraction. */
    default void inputRead(Path input) {}
  }

  private final ArticleReader.Options reading;
  private final int threads;
  private final Supplier<ClaimExtractor> extractor;
  private ArticleReader reader;
  private long extractionProblems;

  /**
   * @param reading how inputs are read, with the limits every reader honours
   * @param threads extraction threads, at least 1
   * @param extractor the extractor, asked for only when the first article needs extracting (loading
   *     CoreNLP takes seconds); its limits should be the reading's
   */
  public ExtractionPipeline(ArticleReader.Options reading, int threads, Supplier<ClaimExtractor> extractor) {
    this.reading = Objects.requireNonNull(reading, "reading");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    this.threads = threads;
  }

  /** What the last run read so far: files, records, articles, skips, problems of reading. */
  public ArticleReader reader() {
    return reader;
  }

  /** Articles of the last run that were read but failed in extraction (over a limit, no sentences...). */
  public long extractionProblems() {
    return extractionProblems;
  }

  /** Reads, extracts and reports every input in order; returns when everything was reported. */
  public void run(List<Path> inputs, Listener listener) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(listener, "listener");
    reader = new ArticleReader(reading);
    extractionProblems = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "claimtrack-extract");
      t.setDaemon(true);
      return t;
    });
    Window window = new Window(listener, threads * 4);
    Lazy lazy = new Lazy(extractor);
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(ReadArticle a) {
        if (!listener.wanted(a)) return;
        ClaimExtractor x = lazy.get();
        window.add(pool.submit(() -> new Out(a, extract(x, a), null, null)));
      }

      @Override
      public void skipped(String input, String reason) {
        window.add(done(new Out(null, null, input, "skip:" + reason)));
      }

      @Override
      public void problem(Problem p) {
        window.add(done(new Out(null, Result.failed(p), null, null)));
      }

      @Override
      public void note(String input, String message) {
        window.add(done(new Out(null, null, input, "note:" + message)));
      }
    };
    try {
      for (Path p : inputs) {
        reader.read(p, sink);
        listener.inputRead(p);
      }
      window.drainAll();
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One article's claims, or its problem naming the article as the reader named it. Nothing the
   * extractor does on one article escapes to the others.
   */
  static Result<ArticleClaims> extract(ClaimExtractor x, ReadArticle a) {
    try {
      Result<ArticleClaims> r = x.extract(a.article());
      if (r instanceof Result.Failed<ArticleClaims> f) {
        Problem p = f.problem();
        return Result.failed(new Problem(a.input(), p.code(), p.message()));
      }
      return r;
    } catch (RuntimeException | StackOverflowError e) {
      return Result.failed(a.input(), Problem.Code.UNREADABLE, "internal error while extracting ("
          + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()) + "); please report it with this input");
    } catch (OutOfMemoryError e) {
      return Result.failed(a.input(), Problem.Code.TOO_LARGE, "out of memory while extracting this article: give"
          + " claimtrack more memory (CLAIMTRACK_HEAP) or lower --max-chars");
    }
  }

  private static String oneLine(String s) {
    if (s == null) return "";
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 160 ? t.substring(0, 157) + "..." : t;
  }

  private static Future<Out> done(Out o) {
    return CompletableFuture.completedFuture(o);
  }

  /** One thing to report, in input order: an article's result, or a skip or note line. */
  private record Out(ReadArticle article, Result<ArticleClaims> result, String input, String line) {}

  /** Results in input order; at most {@code max} in flight, the oldest reported first. */
  private final class Window {
    private final Listener listener;
    private final int max;
    private final Deque<Future<Out>> queue = new ArrayDeque<>();

    Window(Listener listener, int max) {
      this.listener = listener;
      this.max = max;
    }

    void add(Future<Out> f) {
      queue.add(f);
      while (queue.size() >= max) report(queue.poll());
    }

    void drainAll() {
      while (!queue.isEmpty()) report(queue.poll());
    }

    private void report(Future<Out> f) {
      Out o;
      try {
        o = f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for an extraction", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("an extraction failed unexpectedly", e.getCause());
      }
      if (o.line() != null) {
        if (o.line().startsWith("skip:")) listener.skipped(o.input(), o.line().substring(5));
        else listener.note(o.input(), o.line().substring(5));
      } else if (o.result() instanceof Result.Failed<ArticleClaims> failed) {
        if (o.article() != null) extractionProblems++;
        listener.failed(failed.problem());
      } else {
        listener.extracted(o.article(), ((Result.Ok<ArticleClaims>) o.result()).value());
      }
    }
  }

  /** The extractor, made on first use. */
  private static final class Lazy {
    private final Supplier<ClaimExtractor> make;
    private ClaimExtractor x;

    Lazy(Supplier<ClaimExtractor> make) {
      this.make = make;
    }

    ClaimExtractor get() {
      if (x == null) x = Objects.requireNonNull(make.get(), "the extractor supplier returned null");
      return x;
    }
  }
}
