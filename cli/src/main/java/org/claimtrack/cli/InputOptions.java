package org.claimtrack.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ArticleSink;
import org.claimtrack.ingest.InputFormat;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.ingest.ReadOptions;
import org.claimtrack.ingest.lang.LanguageDetector;
import org.claimtrack.domain.Limits;
import org.claimtrack.domain.Printable;
import org.claimtrack.domain.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How the commands that read news read it: options shared by {@code extract} and {@code text}. */
final class InputOptions {

  /** Progress lines on stderr this often, on runs that last longer. */
  static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "auto, text, jsonl, html, warc (also ARC) or feed (RSS or Atom). Default: ${DEFAULT-VALUE}"
          + " (told from each file's content).",
      converter = InputFormatConverter.class)
  InputFormat inputFormat;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that state none; relative dates resolve against it.")
  String published;

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "Refuse plain text files and JSON lines larger than this many bytes. Default: ${DEFAULT-VALUE}.")
  long maxBytes = Limits.DEFAULT_MAX_BYTES;

  @Option(names = "--max-page-bytes", paramLabel = "N",
      description = "Read web pages up to this many bytes (with a note), refuse larger feeds, skip larger archive"
          + " records. Default: ${DEFAULT-VALUE}.")
  long maxPageBytes = Limits.DEFAULT_MAX_PAGE_BYTES;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Refuse articles whose body is longer than this many characters. Default: ${DEFAULT-VALUE}.")
  int maxChars = Limits.DEFAULT_MAX_CHARS;

  @Option(names = "--max-sentences", paramLabel = "N",
      description = "extract, ingest: refuse articles with more sentences than this. Default: ${DEFAULT-VALUE}.")
  int maxSentences = Limits.DEFAULT_MAX_SENTENCES;

  @Option(names = "--max-claims", paramLabel = "N",
      description = "extract, ingest: refuse articles with more claims than this. Default: ${DEFAULT-VALUE}.")
  int maxClaims = Limits.DEFAULT_MAX_CLAIMS;

  @Option(names = "--max-problems", paramLabel = "N",
      description = "Report at most this many problems of one file one by one; one line counts the rest."
          + " Default: ${DEFAULT-VALUE}.")
  int maxProblems = Limits.DEFAULT_MAX_PROBLEMS;

  @Option(names = "--lang", paramLabel = "CODES", split = ",", defaultValue = "en",
      description = "Languages to keep (ISO 639-1 codes, comma-separated), or 'any' to keep all without"
          + " detecting. Articles in others are skipped, naming their language. Default: ${DEFAULT-VALUE}.")
  List<String> languages;

  @Option(names = "--keep-duplicates",
      description = "Keep copies: by default an article whose text repeats (exactly, or nearly: MinHash) one"
          + " read earlier in the run is skipped, naming the first.")
  boolean keepDuplicates;

  @Option(names = {"-q", "--quiet"},
      description = "No line per skipped article on stderr (the closing summary still counts them).")
  boolean quiet;

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

  /** The reader's options, or null after printing why the command line cannot be run. */
  ArticleReader.Options options(String command, PrintStream err) {
    LocalDate date = null;
    if (published != null) {
      try {
        date = LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        err.println("claimtrack " + command + ": --published '" + published + "' is not a date (use YYYY-MM-DD)");
        return null;
      }
    }
    Limits limits;
    try {
      limits = limits();
    } catch (IllegalArgumentException e) {
      err.println("claimtrack " + command + ": " + e.getMessage());
      return null;
    }
    Set<String> keep = new TreeSet<>();
    for (String l : languages) {
      String code = l.strip().toLowerCase(Locale.ROOT);
      if (code.equals("any")) {
        keep.clear();
        break;
      }
      if (!LanguageDetector.languages().contains(code)) {
        err.println("claimtrack " + command + ": --lang '" + l + "' is not one of "
            + new TreeSet<>(LanguageDetector.languages()) + " or any");
        return null;
      }
      keep.add(code);
    }
    ReadOptions read = new ReadOptions(inputFormat, date, limits);
    return new ArticleReader.Options(read, keep, !keepDuplicates, PROGRESS_EVERY,
        line -> err.println("claimtrack " + command + ": progress: " + line));
  }

  /** The limits the options give; throws with the option's name when one is out of range. */
  Limits limits() {
    String[][] checks = {{"--max-bytes", Long.toString(maxBytes)}, {"--max-page-bytes", Long.toString(maxPageBytes)},
        {"--max-chars", Integer.toString(maxChars)}, {"--max-sentences", Integer.toString(maxSentences)},
        {"--max-claims", Integer.toString(maxClaims)}, {"--max-problems", Integer.toString(maxProblems)}};
    for (String[] c : checks) {
      if (Long.parseLong(c[1]) < 1) throw new IllegalArgumentException(c[0] + " must be positive, got " + c[1]);
    }
    if (maxBytes > Integer.MAX_VALUE - 16 || maxPageBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("--max-bytes and --max-page-bytes must be below 2 GB");
    }
    return new Limits(maxBytes, maxPageBytes, maxChars, maxSentences, maxClaims, maxProblems);
  }

  /** The closing summary, when there is something to say: skips, or a run long enough to have shown progress. */
  static void summary(String command, ArticleReader reader, PrintStream err) {
    summary(command, reader, 0, err);
  }

  /** The closing summary; {@code moreErrors} are the articles that failed after reading (in extraction). */
  static void summary(String command, ArticleReader reader, long moreErrors, PrintStream err) {
    ArticleReader.Counts c = reader.counts();
    if (c.skippedTotal() > 0 || reader.seconds() >= PROGRESS_EVERY.toSeconds()) {
      err.printf(Locale.ROOT, "claimtrack %s: %s (%.1f s)%n", command, Printable.line(c.line(moreErrors)), reader.seconds());
    }
  }

  /** The longest line a skip, note or problem prints; the input's own names could be longer. */
  static final int MAX_LINE = 2000;

  /**
   * How skips, notes and problems are shown: one line each on stderr, "claimtrack: INPUT: ...", with
   * control characters escaped (names and ids come from the input) and cut to {@link #MAX_LINE}.
   */
  static String skipLine(String input, String reason) {
    return "claimtrack: " + Printable.shortLine(input + ": skipped: " + reason, MAX_LINE);
  }

  static String noteLine(String input, String message) {
    return "claimtrack: " + Printable.shortLine(input + ": note: " + message, MAX_LINE);
  }

  static String problemLine(Problem p) {
    return "claimtrack: " + Printable.shortLine(p.line(), MAX_LINE);
  }

  /** A sink that writes skips, notes and problems straight to stderr and hands articles on. */
  abstract static class StderrSink implements ArticleSink {
    final PrintStream err;
    final boolean quiet;
    int failed;

    StderrSink(PrintStream err, boolean quiet) {
      this.err = err;
      this.quiet = quiet;
    }

    @Override
    public abstract void article(ReadArticle article);

    @Override
    public void skipped(String input, String reason) {
      if (!quiet) err.println(skipLine(input, reason));
    }

    @Override
    public void problem(Problem p) {
      failed++;
      err.println(problemLine(p));
    }

    @Override
    public void note(String input, String message) {
      err.println(noteLine(input, message));
    }
  }
}
