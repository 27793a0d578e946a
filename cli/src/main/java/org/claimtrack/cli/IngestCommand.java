package org.claimtrack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Limits;
import org.claimtrack.domain.Problem;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.Inputs;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.ledger.IngestOutcome;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.LedgerException;
import org.claimtrack.pipeline.ExtractionPipeline;
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

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders: plain text, JSON Lines, web pages, RSS/Atom feeds, WARC/ARC archives (gzip or not),"
      + " or - for standard input.")
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
    ledger.requireWritable(); // before any reading or extraction
    List<Path> files = new ArrayList<>();
    for (Path p : paths) files.addAll(Inputs.expand(p));
    Progress bar = new Progress(err, files.size(), progress != null ? progress : System.console() != null && files.size() >= 20);
    Counts n = new Counts();
    Limits limits = options.read().limits();
    ExtractionPipeline pipeline = new ExtractionPipeline(options, threads, () -> ClaimExtractors.standard(limits));
    pipeline.run(files, new ExtractionPipeline.Listener() {
      @Override
      public boolean wanted(ReadArticle read) {
        // the hash (and stored version) is checked before the expensive extraction
        if (reextract == Reextract.always || ledger.needsExtraction(read.article().hash(), Version.STAGES,
            reextract == Reextract.changed)) {
          return true;
        }
        n.unchanged++;
        return false;
      }

      @Override
      public void extracted(ReadArticle read, ArticleClaims claims) {
        IngestOutcome o;
        try {
          o = ledger.ingest(claims, Version.STAGES, reextract != null);
        } catch (LedgerException e) {
          if (e.kind() != LedgerException.Kind.REJECTED) throw e; // the database itself failed: stop
          failed(new Problem(read.input(), Problem.Code.UNREADABLE, e.getMessage()));
          return;
        }
        switch (o) {
          case STORED -> n.stored++;
          case REEXTRACTED -> n.reextracted++;
          case UNCHANGED -> n.unchanged++;
        }
      }

      @Override
      public void failed(Problem p) {
        bar.clear();
        err.println(InputOptions.problemLine(p));
        n.failed++;
      }

      @Override
      public void skipped(String in, String reason) {
        if (input.quiet) return;
        bar.clear();
        err.println(InputOptions.skipLine(in, reason));
      }

      @Override
      public void note(String in, String message) {
        bar.clear();
        err.println(InputOptions.noteLine(in, message));
      }

      @Override
      public void inputRead(Path file) {
        bar.file(n);
      }
    });
    bar.clear();
    // also after a run that stored nothing: a killed earlier run may have left the analysis or index behind
    if (!ledger.refresh()) {
      err.println("claimtrack ingest: another claimtrack is updating the search index; it will include these articles");
    }
    err.printf("claimtrack ingest: %d stored, %d re-extracted, %d unchanged, %d skipped, %d failed; the ledger holds %d articles%n",
        n.stored, n.reextracted, n.unchanged, pipeline.reader().counts().skippedTotal(), n.failed, ledger.articleCount());
    return n.failed > 0 ? Main.EXIT_INPUT_FAILED : 0;
  }

  /**
   * The stages of the extractor, stored with each article: known without loading CoreNLP, but
   * only by reading every rule, so only when a command needs them (picocli initializes every
   * command's class to build the command line: 0.6 s of every command's start, and of extract's
   * before its models could start loading, when this was a field of this class).
   */
  private static final class Version {
    static final String STAGES = String.join(" ", ClaimExtractors.standardStages());
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
