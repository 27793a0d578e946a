package org.claimtrack.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.extract.json.ClaimsJson;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ArticleSink;
import org.claimtrack.ingest.ReadArticle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrack extract}: claims of each article, as JSON Lines or a readable table. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the claims of each article: who said what, when, with which numbers.",
      "Reads plain text, JSON Lines, web pages, RSS/Atom feeds and WARC/ARC archives (gzip'd or not),",
      "told from the content. Writes one JSON object per article to standard output (or a table with",
      "--format text); for pages, feeds and archives the object holds the extracted \"text\" that spans",
      "point into. Skips (records that are not pages, other languages, copies) get one line each on",
      "standard error.",
      "Inputs that cannot be read are reported on standard error, one line each; the others are",
      "still processed, and the exit status is 1 when any input failed."
    })
final class ExtractCommand implements java.util.concurrent.Callable<Integer> {

  enum OutputFormat { json, text }

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or folders (every supported file in a folder: .txt .jsonl .html .xml .rss .atom .warc"
          + " .arc, each maybe .gz).")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "json", description = "Output: json (JSON Lines) or text. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Mixin InputOptions input;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();


  /**
   * One thing to write, in input order: the claims of an article (with its text when it was
   * extracted from a page, feed or archive), or a line for stderr (a skip, a note, a problem).
   */
  private record Out(Result<ArticleClaims> claims, boolean withText, String errLine) {}

  @Override
  public Integer call() {
    PrintStream err = System.err;
    if (threads < 1) {
      err.println("claimtrack extract: --threads must be at least 1, got " + threads);
      return Main.EXIT_USAGE;
    }
    ArticleReader.Options options = input.options("extract", err);
    if (options == null) return Main.EXIT_USAGE;
    ClaimExtractor extractor = ClaimExtractors.standard();
    AtomicInteger failed = new AtomicInteger();
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "extract");
      t.setDaemon(true);
      return t;
    });
    // results are written in input order; at most a few articles per thread are in flight
    Deque<Future<Out>> window = new ArrayDeque<>();
    int maxInFlight = threads * 4;
    ArticleReader reader = new ArticleReader(options);
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(ReadArticle a) {
        boolean withText = a.extracted();
        add(pool.submit(() -> new Out(safeExtract(extractor, a.article()), withText, null)));
      }

      @Override
      public void skipped(String in, String reason) {
        if (!input.quiet) add(CompletableFuture.completedFuture(new Out(null, false, InputOptions.skipLine(in, reason))));
      }

      @Override
      public void problem(Problem p) {
        add(CompletableFuture.completedFuture(new Out(Result.failed(p), false, null)));
      }

      @Override
      public void note(String in, String message) {
        add(CompletableFuture.completedFuture(new Out(null, false, InputOptions.noteLine(in, message))));
      }

      private void add(Future<Out> f) {
        window.add(f);
        while (window.size() >= maxInFlight) drain(window.poll(), out, err, failed);
      }
    };
    try {
      for (Path p : paths) reader.read(p, sink);
      while (!window.isEmpty()) drain(window.poll(), out, err, failed);
      out.flush();
    } catch (IOException e) {
      err.println("claimtrack extract: cannot write output: " + e.getMessage());
      return Main.EXIT_INPUT_FAILED;
    } catch (UncheckedIOException e) {
      err.println("claimtrack extract: cannot write output: " + e.getCause().getMessage());
      return Main.EXIT_INPUT_FAILED;
    } finally {
      pool.shutdownNow();
    }
    InputOptions.summary("extract", reader, err);
    return failed.get() > 0 ? Main.EXIT_INPUT_FAILED : 0;
  }

  /** Bad input never crashes the batch: an unexpected failure on one article is reported as its problem. */
  private static Result<ArticleClaims> safeExtract(ClaimExtractor extractor, Article a) {
    try {
      return extractor.extract(a);
    } catch (RuntimeException | StackOverflowError e) {
      return Result.failed(a.file() == null ? a.id() : a.file(), Problem.Code.UNREADABLE,
          "internal error while extracting (" + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage())
              + "); please report it with this input");
    }
  }

  private void drain(Future<Out> f, Writer out, PrintStream err, AtomicInteger failed) {
    Out o;
    try {
      o = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed unexpectedly", e.getCause());
    }
    if (o.errLine() != null) {
      err.println(o.errLine());
      return;
    }
    Result<ArticleClaims> r = o.claims();
    if (r instanceof Result.Failed<ArticleClaims> fail) {
      failed.incrementAndGet();
      err.println("claimtrack: " + fail.problem().line());
      return;
    }
    ArticleClaims ac = ((Result.Ok<ArticleClaims>) r).value();
    try {
      if (format == OutputFormat.json) {
        out.write(ClaimsJson.line(ac, o.withText()));
        out.write('\n');
      } else {
        out.write(TextTable.render(ac));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ");
  }
}
