package org.claimtrack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

  /**
   * The files a path stands for: the file itself, or every {@code .txt}, {@code .jsonl} and
   * {@code .ndjson} file under a folder, in name order. A path that does not exist is returned
   * as is, so that reading it reports the problem.
   */
  public static List<Path> expand(Path path) {
    if (!Files.isDirectory(path)) return List.of(path);
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(path)) {
      s.filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
          })
          .sorted(Comparator.comparing(Path::toString))
          .forEach(out::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of(path);
    }
    return out;
  }

  /** Reads one file (not a folder), handing each article or problem to {@code sink} in order. */
  public static void read(Path file, ReadOptions options, Consumer<Result<Article>> sink) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String input = file.toString();
    if (Files.isDirectory(file)) {
      for (Path p : expand(file)) read(p, options, sink);
      return;
    }
    if (!Files.exists(file)) {
      sink.accept(Result.failed(input, Problem.Code.NOT_FOUND, "no such file"));
      return;
    }
    InputFormat format = options.format().resolve(file);
    try {
      if (format == InputFormat.JSONL) {
        try (InputStream in = Files.newInputStream(file)) {
          JsonLinesArticles.read(name, in, options.maxBytes(), r -> sink.accept(rename(r, name, input)));
        }
        return;
      }
      long size = Files.size(file);
      if (size > options.maxBytes()) {
        sink.accept(Result.failed(input, Problem.Code.TOO_LARGE,
            String.format("too large: %s exceeds the limit of %s (raise it with --max-bytes)",
                TextDecoding.human(size), TextDecoding.human(options.maxBytes()))));
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      Result<String> text = TextDecoding.decode(input, bytes, options.maxBytes());
      sink.accept(text.flatMap(t -> rename(PlainTextArticles.parse(name, t, options.published()), name, input)));
    } catch (NoSuchFileException e) {
      sink.accept(Result.failed(input, Problem.Code.NOT_FOUND, "no such file"));
    } catch (AccessDeniedException e) {
      sink.accept(Result.failed(input, Problem.Code.UNREADABLE, "permission denied"));
    } catch (IOException e) {
      sink.accept(Result.failed(input, Problem.Code.UNREADABLE, "cannot read: " + e.getMessage()));
    }
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
