package org.claimtrack.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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
import org.claimtrack.ingest.InputFormat;
import org.claimtrack.ingest.Inputs;
import org.claimtrack.ingest.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrack extract}: claims of each article, as JSON Lines or a readable table. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the claims of each article: who said what, when, with which numbers.",
      "Writes one JSON object per article to standard output (or a table with --format text).",
      "Inputs that cannot be read are reported on standard error, one line each; the others are",
      "still processed, and the exit status is 1 when any input failed."
    })
final class ExtractCommand implements java.util.concurrent.Callable<Integer> {

  enum OutputFormat { json, text }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (every .txt/.jsonl in a folder).")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "json", description = "Output: json (JSON Lines) or text. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "auto, text or jsonl. Default: ${DEFAULT-VALUE} (by file name).",
      converter = InputFormatConverter.class)
  InputFormat inputFormat;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for plain text files that state none; relative dates resolve against it.")
  String published;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse inputs larger than this. Default: ${DEFAULT-VALUE}.")
  long maxBytes = ReadOptions.DEFAULT_MAX_BYTES;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final class InputFormatConverter implements CommandLine.ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      try {
        return InputFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() {
    PrintStream err = System.err;
    LocalDate date = null;
    if (published != null) {
      try {
        date = LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        err.println("claimtrack extract: --published '" + published + "' is not a date (use YYYY-MM-DD)");
        return Main.EXIT_USAGE;
      }
    }
    if (threads < 1) {
      err.println("claimtrack extract: --threads must be at least 1, got " + threads);
      return Main.EXIT_USAGE;
    }
    if (maxBytes < 1) {
      err.println("claimtrack extract: --max-bytes must be positive, got " + maxBytes);
      return Main.EXIT_USAGE;
    }
    ReadOptions options = new ReadOptions(inputFormat, date, maxBytes);
    ClaimExtractor extractor = ClaimExtractors.standard();
    AtomicInteger failed = new AtomicInteger();
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "extract");
      t.setDaemon(true);
      return t;
    });
    // results are written in input order; at most a few articles per thread are in flight
    Deque<Future<Result<ArticleClaims>>> window = new ArrayDeque<>();
    int maxInFlight = threads * 4;
    try {
      for (Path p : paths) {
        for (Path file : Inputs.expand(p)) {
          Inputs.read(file, options, r -> {
            window.add(pool.submit(() -> r.flatMap(a -> safeExtract(extractor, a))));
            while (window.size() >= maxInFlight) drain(window.poll(), out, err, failed);
          });
        }
      }
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

  private void drain(Future<Result<ArticleClaims>> f, Writer out, PrintStream err, AtomicInteger failed) {
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
      failed.incrementAndGet();
      err.println("claimtrack: " + fail.problem().line());
      return;
    }
    ArticleClaims ac = ((Result.Ok<ArticleClaims>) r).value();
    try {
      if (format == OutputFormat.json) {
        out.write(ClaimsJson.line(ac));
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
