package org.claimtrack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ArticleSink;
import org.claimtrack.ingest.Inputs;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.ledger.IngestOutcome;
import org.claimtrack.ledger.Ledger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrack ingest}: read, extract and store articles in the ledger; idempotent. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles, extracts their claims and stores both in the ledger, then updates the",
      "sources, trackers and search index. An article already stored (same content hash) is not",
      "extracted again, so running the same ingest twice changes nothing. Each article is stored",
      "with its claims in one transaction: an interrupted run loses nothing; run it again.",
      "Inputs that cannot be read are reported on standard error, one line each; exit status 1."
    })
final class IngestCommand implements Callable<Integer> {

  enum Reextract { changed, always }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders: plain text, JSON Lines, web pages, RSS/Atom feeds, WARC/ARC archives (gzip or not).")
  List<Path> paths;

  @Option(names = "--reextract", arity = "0..1", fallbackValue = "changed", paramLabel = "WHEN",
      description = "Extract stored articles again: 'changed' (the default with the flag) when the extractor"
          + " version differs from the stored one, or 'always'.")
  Reextract reextract;

  @Mixin InputOptions input;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads. Default: all cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on standard error. Default: when it is a terminal and the run is long.")
  Boolean progress;

  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    if (threads < 1) {
      err.println("claimtrack ingest: --threads must be at least 1, got " + threads);
      return Main.EXIT_USAGE;
    }
    ArticleReader.Options options = input.options("ingest", err);
    if (options == null) return Main.EXIT_USAGE;
    return where.run("ingest", ledger -> ingest(ledger, options, err));
  }

  private int ingest(Ledger ledger, ArticleReader.Options options, PrintStream err) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) files.addAll(Inputs.expand(p));
    Progress bar = new Progress(err, files.size(), progress != null ? progress : System.console() != null && files.size() >= 20);
    Counts n = new Counts();
    ExtractorHolder extractor = new ExtractorHolder();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ingest");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Result<ArticleClaims>>> window = new ArrayDeque<>();
    int maxInFlight = threads * 2;
    ArticleReader reader = new ArticleReader(options);
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(ReadArticle read) {
        Article a = read.article();
        // the hash (and stored version) is checked before the expensive extraction
        if (reextract != Reextract.always && !ledger.needsExtraction(a.hash(), VERSION, reextract == Reextract.changed)) {
          n.unchanged++;
          return;
        }
        ClaimExtractor x = extractor.get();
        window.add(pool.submit(() -> safeExtract(x, a)));
        while (window.size() >= maxInFlight) store(ledger, window.poll(), n, err, bar);
      }

      @Override
      public void skipped(String in, String reason) {
        if (input.quiet) return;
        bar.clear();
        err.println(InputOptions.skipLine(in, reason));
      }

      @Override
      public void problem(Problem p) {
        bar.clear();
        err.println(InputOptions.problemLine(p));
        n.failed++;
      }

      @Override
      public void note(String in, String message) {
        bar.clear();
        err.println(InputOptions.noteLine(in, message));
      }
    };
    try {
      for (Path file : files) {
        reader.read(file, sink);
        bar.file(n);
      }
      while (!window.isEmpty()) store(ledger, window.poll(), n, err, bar);
    } finally {
      pool.shutdownNow();
    }
    bar.clear();
    // also after a run that stored nothing: a killed earlier run may have left the analysis or index behind
    if (!ledger.refresh()) {
      err.println("claimtrack ingest: another claimtrack is updating the search index; it will include these articles");
    }
    err.printf("claimtrack ingest: %d stored, %d re-extracted, %d unchanged, %d skipped, %d failed; the ledger holds %d articles%n",
        n.stored, n.reextracted, n.unchanged, reader.counts().skippedTotal(), n.failed, ledger.articleCount());
    return n.failed > 0 ? Main.EXIT_INPUT_FAILED : 0;
  }

  private void store(Ledger ledger, Future<Result<ArticleClaims>> f, Counts n, PrintStream err, Progress bar) {
    Result<ArticleClaims> r;
    try {
      r = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed unexpectedly", e.getCause());
    }
    if (r instanceof Result.Failed<ArticleClaims> fail) {
      bar.clear();
      err.println("claimtrack: " + fail.problem().line());
      n.failed++;
      return;
    }
    ArticleClaims ac = ((Result.Ok<ArticleClaims>) r).value();
    IngestOutcome o = ledger.ingest(ac, VERSION, reextract != null);
    switch (o) {
      case STORED -> n.stored++;
      case REEXTRACTED -> n.reextracted++;
      case UNCHANGED -> n.unchanged++;
    }
  }

  /** The stages of the extractor, stored with each article: known without loading CoreNLP. */
  private static final String VERSION = String.join(" ", ClaimExtractors.standardStages());

  private static Result<ArticleClaims> safeExtract(ClaimExtractor extractor, Article a) {
    try {
      return extractor.extract(a);
    } catch (RuntimeException | StackOverflowError e) {
      return Result.failed(a.file() == null ? a.id() : a.file(), Problem.Code.UNREADABLE,
          "internal error while extracting (" + e.getClass().getSimpleName() + "); please report it with this input");
    }
  }

  /** The extractor loads CoreNLP (10–30 s): only when some article needs extracting. */
  private final class ExtractorHolder {
    private ClaimExtractor x;

    ClaimExtractor get() {
      if (x == null) x = ClaimExtractors.standard();
      return x;
    }
  }

  static final class Counts {
    int stored;
    int reextracted;
    int unchanged;
    int failed;
  }

  /** A one-line progress bar on standard error, redrawn in place. */
  static final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean on;
    private int done;
    private boolean drawn;

    Progress(PrintStream err, int total, boolean on) {
      this.err = err;
      this.total = total;
      this.on = on;
    }

    void file(Counts n) {
      done++;
      if (!on) return;
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) width * done / total);
      err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " files · "
          + n.stored + " stored · " + n.unchanged + " unchanged · " + n.failed + " failed ");
      err.flush();
      drawn = true;
    }

    void clear() {
      if (drawn) {
        err.print("\r" + " ".repeat(100) + "\r");
        err.flush();
        drawn = false;
      }
    }
  }
}
