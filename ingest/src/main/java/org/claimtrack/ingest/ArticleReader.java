package org.claimtrack.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Limits;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.ingest.dedup.DuplicateIndex;
import org.claimtrack.ingest.dedup.Verdict;
import org.claimtrack.ingest.feed.FeedArticles;
import org.claimtrack.ingest.feed.FeedEntry;
import org.claimtrack.ingest.feed.FeedStats;
import org.claimtrack.ingest.html.HtmlArticle;
import org.claimtrack.ingest.html.HtmlArticleExtractor;
import org.claimtrack.ingest.html.HtmlArticles;
import org.claimtrack.ingest.lang.LanguageDetector;
import org.claimtrack.ingest.lang.LanguagePolicy;
import org.claimtrack.ingest.lang.Skipped;
import org.claimtrack.ingest.sniff.InputKind;
import org.claimtrack.ingest.sniff.InputSniffer;
import org.claimtrack.ingest.sniff.Sniffed;
import org.claimtrack.ingest.warc.HtmlPage;
import org.claimtrack.ingest.warc.PageToArticle;
import org.claimtrack.ingest.warc.SkipReason;
import org.claimtrack.ingest.warc.WarcArticles;
import org.claimtrack.ingest.warc.WarcOptions;
import org.claimtrack.ingest.warc.WarcStats;

/**
 * Reads news as users have it — plain text, JSON Lines, saved web pages, RSS and Atom feeds, WARC
 * and ARC web archives, each maybe gzip'd — into articles, one run at a time. The format is told
 * from each file's content ({@link InputSniffer}) unless one is given.
 *
 * <p>On top of the format readers it applies the run's policies, in this order: language (Lingua;
 * articles in other languages are skipped with their language; undetermined ones are kept) and
 * copies (an exact copy by normalized-text hash, or a near copy by MinHash, of an article seen
 * earlier in the run is skipped, naming the first one). Skips are not failures.
 *
 * <p>Nothing is thrown for bad input: each unreadable file, record or line is one {@link Problem}
 * naming it, and reading goes on. Archives are read record by record, in memory bounded by the
 * largest page (plus the copy index: about 2 KB per article kept). One instance per run, used on
 * one thread.
 */
public final class ArticleReader {

  /**
   * How a run reads.
   *
   * @param read format, default date and size limit for plain text and JSON Lines
   * @param languages ISO 639-1 codes of the languages to keep; empty to keep all (and not detect
   *     at all, which spares loading the detector)
   * @param dedup whether to skip copies of articles seen earlier in the run
   * @param progressEvery how often {@code progress} hears how the run goes; null for never
   * @param progress told one line of counts every {@code progressEvery}; may be null
   */
  public record Options(ReadOptions read, Set<String> languages, boolean dedup, Duration progressEvery,
      Consumer<String> progress) {

    public Options {
      Objects.requireNonNull(read, "read");
      languages = Set.copyOf(languages);
      // the languages are checked by the policy the reader builds from them
      if (progressEvery != null && (progressEvery.isNegative() || progressEvery.isZero())) {
        throw new IllegalArgumentException("progressEvery must be positive, got " + progressEvery);
      }
    }

    /** English only, copies skipped, no progress. */
    public static Options defaults(ReadOptions read) {
      return new Options(read, Set.of("en"), true, null, null);
    }

    /** Every article as read: no language filter, no copy detection. */
    public static Options plain(ReadOptions read) {
      return new Options(read, Set.of(), false, null, null);
    }
  }

  /** Skip reason for pages and feed entries that hold no article text. */
  public static final String NO_ARTICLE = "no article text";

  private final Options options;
  private final DuplicateIndex copies;
  private final LanguagePolicy languages;
  private final Counts counts = new Counts();
  private final long started = System.nanoTime();
  private long lastProgress = started;

  public ArticleReader(Options options) {
    this.options = Objects.requireNonNull(options, "options");
    this.copies = options.dedup() ? DuplicateIndex.create() : null;
    this.languages = options.languages().isEmpty() ? null
        : new LanguagePolicy(LanguageDetector.standard(), options.languages(), true);
  }

  /** Counts so far: files, records, articles, skips by reason, problems. */
  public Counts counts() {
    return counts;
  }

  /** Seconds since this reader was made. */
  public double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  /**
   * Reads a file, or every supported file under a folder, in name order; {@code -} is standard
   * input.
   */
  public void read(Path path, ArticleSink sink) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sink, "sink");
    for (Path file : Inputs.expand(path)) {
      counts.files++;
      Filter filter = new Filter(new Guard(sink), file.toString().equals("-") ? InputSource.STDIN : file.toString());
      try {
        readFile(file, filter);
      } catch (SinkFailure e) {
        throw e.original;
      } catch (RuntimeException | StackOverflowError e) {
        // not expected for any input; one file must not take the batch down if it happens
        filter.problem(new Problem(filter.input, Problem.Code.UNREADABLE, "internal error while reading ("
            + e.getClass().getSimpleName() + "); please report this input"));
      }
      filter.finish();
      tick(false);
    }
  }

  /** An exception thrown by the caller's sink: passed through, not taken for a bad input. */
  private static final class SinkFailure extends RuntimeException {
    final RuntimeException original;

    SinkFailure(RuntimeException original) {
      super(null, null, false, false);
      this.original = original;
    }
  }

  /** Marks what the caller's sink throws, so that the catch-all for bad input lets it through. */
  private record Guard(ArticleSink sink) implements ArticleSink {
    @Override
    public void article(ReadArticle a) {
      try {
        sink.article(a);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }

    @Override
    public void skipped(String input, String reason) {
      try {
        sink.skipped(input, reason);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }

    @Override
    public void problem(Problem p) {
      try {
        sink.problem(p);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }

    @Override
    public void note(String input, String message) {
      try {
        sink.note(input, message);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }
  }

  /**
   * Applies, in order, the text cleaning every database needs ({@link ArticleText}), the body limit,
   * the language and copy policies; counts; and passes on. One per file: problems past the limit of
   * the file are counted, not passed on one by one, and {@link #finish} says how many there were.
   */
  private final class Filter implements ArticleSink {
    private final ArticleSink next;
    final String input;
    private int reported;
    private long withheld;
    private Problem.Code lastWithheld;

    Filter(ArticleSink next, String input) {
      this.next = next;
      this.input = input;
    }

    @Override
    public void article(ReadArticle read) {
      Article cleaned = ArticleText.clean(read.article());
      ReadArticle a = cleaned == read.article() ? read
          : new ReadArticle(cleaned, read.input(), read.format(), ArticleText.clean(read.authors()), read.language());
      Problem tooLong = limits().bodyTooLong(a.input(), a.article().body().length());
      if (tooLong != null) {
        problem(tooLong);
        return;
      }
      String lang = a.language();
      if (languages != null) {
        Optional<String> found = languages.detector().detect(a.article().bodyText());
        if (found.isPresent()) lang = found.get();
        Optional<Skipped> skip = languages.check(a.input(), found);
        if (skip.isPresent()) {
          skipped(a.input(), skip.get().reason());
          return;
        }
      }
      ReadArticle withLang = Objects.equals(lang, a.language()) ? a : a.withLanguage(lang);
      if (copies != null) {
        Verdict v = copies.check(a.article().id(), a.article().bodyText());
        if (v instanceof Verdict.ExactCopy c) {
          count("duplicate");
          next.skipped(a.input(), "duplicate of " + c.of());
          return;
        }
        if (v instanceof Verdict.NearCopy c) {
          count("near duplicate");
          next.skipped(a.input(), String.format(Locale.ROOT, "near duplicate of %s (similarity %.2f)", c.of(),
              c.similarity()));
          return;
        }
      }
      counts.articles++;
      next.article(withLang);
    }

    @Override
    public void skipped(String in, String reason) {
      count(reason);
      next.skipped(in, reason);
    }

    @Override
    public void problem(Problem p) {
      counts.problems++;
      if (reported < limits().maxProblems()) {
        reported++;
        next.problem(p);
      } else {
        withheld++;
        lastWithheld = p.code();
      }
    }

    @Override
    public void note(String in, String message) {
      next.note(in, message);
    }

    /** After the file: one line for the problems not shown one by one. */
    void finish() {
      if (withheld == 0) return;
      next.problem(new Problem(input, lastWithheld, Limits.count(withheld) + " more problems in this input, not shown"
          + " one by one (the first " + Limits.count(reported) + " were; raise the limit with --max-problems)"));
    }
  }

  private Limits limits() {
    return options.read().limits();
  }

  private void count(String reason) {
    counts.skipped.merge(reason, 1L, Long::sum);
  }

  private void readFile(Path file, Filter sink) {
    Result<InputSource> opened = InputSource.open(file, System.in);
    if (opened instanceof Result.Failed<InputSource> f) {
      counts.records++;
      sink.problem(f.problem());
      return;
    }
    try (InputSource src = ((Result.Ok<InputSource>) opened).value()) {
      InputFormat format = options.read().format();
      Sniffed sniffed = InputSniffer.sniff(src.head(), src.fileName());
      if (format == InputFormat.AUTO) format = detect(Path.of(src.fileName()), sniffed);
      switch (format) {
        case WARC -> readWarc(src, sniffed, sink);
        case FEED -> readFeed(src, sink);
        case HTML -> readHtml(src, sniffed.gzip(), sink);
        default -> readText(src, format, sniffed.gzip(), sink);
      }
    } catch (IOException e) {
      // closing what was read: nothing to report
    }
  }

  /** The format the content says; the name settles only what the content leaves open. */
  static InputFormat detect(Path file, Sniffed sniffed) {
    return switch (sniffed.kind()) {
      case WARC, ARC -> InputFormat.WARC;
      case RSS, ATOM, XML -> InputFormat.FEED;
      case HTML -> InputFormat.HTML;
      case JSONL -> InputFormat.JSONL;
      default -> byName(file);
    };
  }

  /**
   * For content that says nothing more than text, binary or empty: the format the name gives, so
   * that a ".rss" holding plain words is reported as a feed that is not one, not read as an article.
   */
  static InputFormat byName(Path file) {
    if (InputFormat.jsonlName(file)) return InputFormat.JSONL;
    String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
    if (n.endsWith(".warc") || n.endsWith(".arc")) return InputFormat.WARC;
    if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) return InputFormat.FEED;
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return InputFormat.HTML;
    return InputFormat.TEXT;
  }

  private void readText(InputSource src, InputFormat format, boolean gzip, Filter sink) {
    Consumer<Result<Article>> each = r -> {
      counts.records++;
      if (r instanceof Result.Ok<Article> ok) {
        Article a = ok.value();
        String where = format == InputFormat.JSONL ? src.input() + "#" + a.id() : src.input();
        sink.article(new ReadArticle(a, where, format, List.of(), null));
      } else {
        sink.problem(((Result.Failed<Article>) r).problem());
      }
      tick(false);
    };
    Inputs.readText(src, format, gzip, options.read(), each);
  }

  private void readHtml(InputSource src, boolean gzip, Filter sink) {
    counts.records++;
    String input = src.input();
    long cap = limits().maxPageBytes();
    byte[] bytes;
    try {
      bytes = src.readUpTo(cap, gzip);
    } catch (IOException e) {
      sink.problem(new Problem(input, Problem.Code.UNREADABLE, (gzip ? "corrupt or truncated gzip: " : "cannot read: ")
          + oneLine(e)));
      return;
    }
    String cut = null;
    if (bytes.length > cap) {
      bytes = java.util.Arrays.copyOf(bytes, (int) cap);
      long size = src.file() != null && !gzip ? sizeOf(src.file()) : -1;
      cut = "only the first " + TextDecoding.human(cap) + " of " + (size > 0 ? TextDecoding.human(size) : "the page")
          + " were read (raise the limit with --max-page-bytes)";
    }
    Result<HtmlArticle> r = HtmlArticleExtractor.standard().extract(input, bytes, null);
    if (r instanceof Result.Failed<HtmlArticle> f) {
      sink.problem(f.problem());
      return;
    }
    if (cut != null) sink.note(input, cut); // about the article read from it; a page that failed has its problem
    HtmlArticle h = ((Result.Ok<HtmlArticle>) r).value();
    Article a = HtmlArticles.toArticle(input, h);
    if (a.published() == null && options.read().published() != null) a = withPublished(a, options.read().published());
    sink.article(new ReadArticle(a, input, InputFormat.HTML, h.authors(), primary(h.language())));
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private static Article withPublished(Article a, java.time.LocalDate d) {
    return new Article(a.id(), a.file(), a.text(), a.body(), a.title(), a.publisher(), d, a.url(), a.hash());
  }

  private void readFeed(InputSource src, Filter sink) {
    String input = src.input();
    long cap = limits().maxPageBytes();
    byte[] bytes;
    try {
      bytes = src.readUpTo(cap, false);
    } catch (IOException e) {
      counts.records++;
      sink.problem(new Problem(input, Problem.Code.UNREADABLE, "cannot read: " + oneLine(e)));
      return;
    }
    if (bytes.length > cap) {
      counts.records++;
      sink.problem(new Problem(input, Problem.Code.TOO_LARGE, "too large: over the limit of " + TextDecoding.human(cap)
          + " for a feed (raise it with --max-page-bytes)"));
      return;
    }
    FeedStats stats = FeedArticles.parse(input, src.fileName(), bytes, cap, r -> {
      counts.records++;
      if (r instanceof Result.Ok<FeedEntry> ok) {
        FeedEntry e = ok.value();
        Article a = e.article();
        String where = a.url() != null ? a.url() : a.id();
        sink.article(new ReadArticle(a, input + "#" + where, InputFormat.FEED, e.authors(), null));
      } else {
        Problem p = ((Result.Failed<FeedEntry>) r).problem();
        if (!p.input().equals(input) && p.code() == Problem.Code.EMPTY) {
          sink.skipped(p.input(), NO_ARTICLE);
        } else {
          sink.problem(p);
        }
      }
      tick(false);
    });
    if (stats.entries() == 0 && stats.problems() == 0) {
      counts.records++;
      sink.note(input, "the feed has no items");
    }
  }

  private void readWarc(InputSource src, Sniffed sniffed, Filter sink) {
    String input = src.input();
    Path file;
    try {
      if (src.file() == null && sniffed.kind() != InputKind.WARC && sniffed.kind() != InputKind.ARC) {
        // a stream is copied to a file for the archive reader only when it is an archive
        counts.records++;
        sink.problem(new Problem(input, sniffed.kind() == InputKind.EMPTY ? Problem.Code.EMPTY
            : sniffed.kind() == InputKind.BINARY ? Problem.Code.BINARY : Problem.Code.UNSUPPORTED_FORMAT,
            "not a WARC or ARC file: it holds " + sniffed.describe()));
        return;
      }
      file = src.asFile();
    } catch (IOException e) {
      counts.records++;
      sink.problem(new Problem(input, Problem.Code.UNREADABLE, "cannot read: " + oneLine(e)));
      return;
    }
    StashingPages pages = new StashingPages(options.read().published());
    long recordsBefore = counts.records;
    WarcOptions wo = WarcOptions.DEFAULT.withMaxPageBytes(limits().maxPageBytes()).withListener(200, soFar -> {
      counts.records = recordsBefore + soFar.records();
      counts.current = soFar;
      tick(false);
    });
    WarcStats stats = WarcArticles.read(file, input, wo, pages, r -> {
      if (r instanceof Result.Ok<Article> ok) {
        Article a = ok.value();
        HtmlArticle h = pages.take(a.hash());
        sink.article(new ReadArticle(a, pages.lastInput, InputFormat.WARC,
            h == null ? List.of() : h.authors(), h == null ? null : primary(h.language())));
      } else {
        Problem p = ((Result.Failed<Article>) r).problem();
        // a page without article text is a skip; the archive itself not being readable is a failure
        boolean page = !p.input().equals(input);
        if (page && (p.code() == Problem.Code.NO_SENTENCES || p.code() == Problem.Code.EMPTY
            || p.code() == Problem.Code.BINARY)) {
          sink.skipped(p.input(), NO_ARTICLE);
        } else {
          sink.problem(p);
        }
      }
    });
    counts.current = null;
    counts.records = recordsBefore + Math.max(stats.records(), 1);
    for (SkipReason reason : SkipReason.values()) {
      long n = stats.skipped(reason);
      if (n > 0) counts.skipped.merge(reason.label(), n, Long::sum);
    }
  }

  /**
   * The archive's page function: extracts with the project's HTML extractor and keeps the last
   * page's authors and language, which the {@link Article} record has no room for, until the
   * article reaches the sink (on the same thread, right after).
   */
  private static final class StashingPages implements PageToArticle {
    private final java.time.LocalDate fallback;
    private HtmlArticle last;
    private String lastHash;
    String lastInput;

    StashingPages(java.time.LocalDate fallback) {
      this.fallback = fallback;
    }

    @Override
    public Result<Article> apply(HtmlPage page) {
      last = null;
      lastHash = null;
      lastInput = page.input();
      Result<HtmlArticle> r = HtmlArticleExtractor.standard().extract(page.input(), page.html(), page.url());
      if (r instanceof Result.Ok<HtmlArticle> ok) {
        last = ok.value();
        Article a = HtmlArticles.toArticle(page.input(), last);
        if (a.published() == null && page.fetched() == null && fallback != null) a = withPublished(a, fallback);
        lastHash = a.hash();
        return Result.ok(a);
      }
      return Result.failed(((Result.Failed<HtmlArticle>) r).problem());
    }

    HtmlArticle take(String hash) {
      HtmlArticle h = hash.equals(lastHash) ? last : null;
      last = null;
      lastHash = null;
      return h;
    }
  }

  /** "pt-BR" → "pt"; null stays null. */
  static String primary(String lang) {
    if (lang == null || lang.isBlank()) return null;
    String p = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return p.matches("[a-z]{2,3}") ? p : null;
  }

  private void tick(boolean force) {
    if (options.progress() == null || options.progressEvery() == null) return;
    long now = System.nanoTime();
    if (force || now - lastProgress >= options.progressEvery().toNanos()) {
      lastProgress = now;
      options.progress().accept(counts.line() + String.format(Locale.ROOT, " (%.0f s)", seconds()));
    }
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    return m.length() > 160 ? m.substring(0, 157) + "..." : m;
  }

  /** What a run has read so far. */
  public static final class Counts {
    long files;
    long records;
    long articles;
    long problems;
    final Map<String, Long> skipped = new LinkedHashMap<>();
    WarcStats current;

    Counts() {}

    /** Files read (each file of a folder counts). */
    public long files() {
      return files;
    }

    /** Records read: archive records, feed entries, lines of JSON Lines, one per other file. */
    public long records() {
      return records;
    }

    /** Articles passed on. */
    public long articles() {
      return articles;
    }

    /** Problems reported (failures). */
    public long problems() {
      return problems;
    }

    /** Skips by reason ("not HTML", "language de", "duplicate"...), in the order first seen. */
    public Map<String, Long> skipped() {
      Map<String, Long> out = new LinkedHashMap<>(skipped);
      if (current != null) {
        for (SkipReason r : SkipReason.values()) {
          long n = current.skipped(r);
          if (n > 0) out.merge(r.label(), n, Long::sum);
        }
      }
      return out;
    }

    public long skippedTotal() {
      return skipped().values().stream().mapToLong(Long::longValue).sum();
    }

    /** One line for a person: "2 files, 120 records, 40 articles; skipped 78 (40 request, ...); 2 errors". */
    public String line() {
      return line(0);
    }

    /** As {@link #line()}, counting {@code moreErrors} more (articles that failed after reading: extraction). */
    public String line(long moreErrors) {
      StringBuilder sb = new StringBuilder()
          .append(files).append(files == 1 ? " file, " : " files, ")
          .append(records).append(records == 1 ? " record read, " : " records read, ")
          .append(articles).append(articles == 1 ? " article" : " articles");
      Map<String, Long> sk = skipped();
      if (!sk.isEmpty()) {
        StringJoiner j = new StringJoiner(", ", "; skipped " + skippedTotal() + " (", ")");
        sk.forEach((reason, n) -> j.add(n + " " + reason));
        sb.append(j);
      }
      long errors = problems + moreErrors;
      sb.append("; ").append(errors).append(errors == 1 ? " error" : " errors");
      return sb.toString();
    }

    @Override
    public String toString() {
      return line();
    }
  }
}
