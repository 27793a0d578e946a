package org.claimtrack.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrack.ingest.ArticleJson;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ReadArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrack text}: just the articles — title, date, authors, publisher, body — without claims. */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    description = {
      "Prints each article as read: title, date, authors, publisher, language and body text, from",
      "web pages, RSS/Atom feeds, WARC/ARC archives, plain text or JSON Lines (gzip'd or not).",
      "Does not load the NLP pipeline. Skips (archive records that are not pages, other languages,",
      "copies) and problems get one line each on standard error; the exit status is 1 when any input",
      "failed."
    })
final class TextCommand implements Callable<Integer> {

  /** {@code json} and {@code jsonl} are the same (so are {@code extract --format}'s). */
  enum OutputFormat { text, json, jsonl }

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or folders (every supported file in a folder), or - for standard input.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text",
      description = "Output: text (readable) or jsonl (one object per article: file, url, title, published,"
          + " authors, publisher, language, body; json is the same). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Mixin InputOptions input;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    ArticleReader.Options options = input.options("text", err);
    if (options == null) return Main.EXIT_USAGE;
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    ArticleReader reader = new ArticleReader(options);
    InputOptions.StderrSink sink = new InputOptions.StderrSink(err, input.quiet) {
      @Override
      public void article(ReadArticle a) {
        try {
          if (format != OutputFormat.text) {
            out.write(ArticleJson.line(a));
            out.write('\n');
          } else {
            out.write(ArticleJson.text(a));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void skipped(String in, String reason) {
        flush(out);
        super.skipped(in, reason);
      }

      @Override
      public void problem(org.claimtrack.domain.Problem p) {
        flush(out);
        super.problem(p);
      }
    };
    try {
      for (Path p : paths) reader.read(p, sink);
      out.flush();
    } catch (IOException | UncheckedIOException e) {
      err.println("claimtrack text: cannot write output: " + e.getMessage());
      return Main.EXIT_INPUT_FAILED;
    }
    InputOptions.summary("text", reader, err);
    return sink.failed > 0 ? Main.EXIT_INPUT_FAILED : 0;
  }

  private static void flush(Writer out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
