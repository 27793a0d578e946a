package org.claimtrack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;

/**
 * Reads articles from files and folders. Every input yields articles or problems, never an
 * exception: a bad file (or a bad line of JSON Lines) is reported and the rest goes on.
 */
public final class Inputs {
  private Inputs() {}

  /** File name endings read from a folder (each also gzip'd, with ".gz" added). */
  public static final List<String> SUPPORTED = List.of(".txt", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml",
      ".xml", ".rss", ".atom", ".warc", ".arc");

  /**
   * The files a path stands for: the file itself, or every supported file under a folder (see
   * {@link #SUPPORTED}; {@code .gz} of each too), in name order. A path that does not exist is
   * returned as is, so that reading it reports the problem.
   */
  public static List<Path> expand(Path path) {
    if (!Files.isDirectory(path)) return List.of(path);
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(path)) {
      s.filter(Files::isRegularFile)
          .filter(p -> supported(p.getFileName().toString()))
          .sorted(Comparator.comparing(Path::toString))
          .forEach(out::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of(path);
    }
    return out;
  }

  /** Whether a folder's file of this name is read. */
  public static boolean supported(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
    for (String ext : SUPPORTED) {
      if (n.endsWith(ext)) return true;
    }
    return false;
  }

  /**
   * Reads one file or folder in any supported format (told from the content unless
   * {@code options} names one), handing each article or problem to {@code sink} in order. Every
   * article is passed on: no language filter, no copy detection, and skips (archive records that
   * are not pages, pages without an article) are left out silently. See {@link ArticleReader} for
   * a run with those policies and every skip reported.
   */
  public static void read(Path file, ReadOptions options, Consumer<Result<Article>> sink) {
    new ArticleReader(ArticleReader.Options.plain(options)).read(file, new ArticleSink() {
      @Override
      public void article(ReadArticle a) {
        sink.accept(Result.ok(a.article()));
      }

      @Override
      public void skipped(String input, String reason) {}

      @Override
      public void problem(Problem p) {
        sink.accept(Result.failed(p));
      }
    });
  }

  /**
   * Reads one plain text or JSON Lines input (format TEXT or JSONL), maybe gzip'd; the byte limit
   * applies to the decompressed text (the whole file for plain text, each line for JSON Lines).
   */
  static void readText(InputSource src, InputFormat format, boolean gzip, ReadOptions options,
      Consumer<Result<Article>> sink) {
    String input = src.input();
    String name = src.fileName();
    String inner = gzip && name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    try {
      if (format == InputFormat.JSONL) {
        InputStream in = src.stream(gzip);
        byte[] head = gzip ? new byte[0] : src.head();
        if (gzip) {
          in = new java.io.BufferedInputStream(in, 1 << 16);
          in.mark(8);
          head = in.readNBytes(4);
          in.reset();
        }
        JsonLinesArticles.read(inner, TextDecoding.asUtf8(in, head), options.limits(),
            r -> sink.accept(rename(r, inner, input)));
        return;
      }
      byte[] bytes = src.readUpTo(options.maxBytes(), gzip);
      if (bytes.length > options.maxBytes()) {
        // binary data over the limit is binary data first (/dev/zero piped in, an image named .txt)
        Result<String> head = TextDecoding.decode(input, java.util.Arrays.copyOf(bytes, 1 << 16), Long.MAX_VALUE);
        if (head instanceof Result.Failed<String> f && f.problem().code() == Problem.Code.BINARY) {
          sink.accept(Result.failed(f.problem()));
          return;
        }
        long size = src.file() != null && !gzip ? Files.size(src.file()) : -1;
        sink.accept(tooLarge(input, size > 0 ? TextDecoding.human(size) : gzip ? "its decompressed text" : "the input",
            options));
        return;
      }
      Result<String> text = TextDecoding.decode(input, bytes, options.maxBytes());
      sink.accept(text.flatMap(t -> rename(PlainTextArticles.parse(inner, t, options.published()), inner, input)));
    } catch (IOException e) {
      sink.accept(Result.failed(input, Problem.Code.UNREADABLE, (gzip ? "corrupt or truncated gzip: " : "cannot read: ")
          + ArticleReader.oneLine(e)));
    }
  }

  private static Result<Article> tooLarge(String input, String what, ReadOptions options) {
    return Result.failed(input, Problem.Code.TOO_LARGE,
        String.format("too large: %s exceeds the limit of %s (raise it with --max-bytes)",
            what, TextDecoding.human(options.maxBytes())));
  }

  /** Reads every article under {@code path} (file or folder). */
  public static List<Result<Article>> readAll(Path path, ReadOptions options) {
    List<Result<Article>> out = new ArrayList<>();
    for (Path p : expand(path)) read(p, options, out::add);
    return out;
  }

  /** Problems name the input as given on the command line ("dir/file.jsonl:3"), not just the file name. */
  private static Result<Article> rename(Result<Article> r, String name, String input) {
    if (r instanceof Result.Failed<Article> f && !name.equals(input)) {
      Problem p = f.problem();
      if (p.input().startsWith(name)) {
        return Result.failed(new Problem(input + p.input().substring(name.length()), p.code(), p.message()));
      }
    }
    return r;
  }
}
