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
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Limits;
import org.claimtrack.domain.Problem;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.extract.json.ClaimsJson;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.pipeline.ExtractionPipeline;
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

  /** JSON Lines; {@code json} and {@code jsonl} are the same (so are {@code text --format}'s). */
  enum OutputFormat { json, jsonl, text }

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or folders (every supported file in a folder: .txt .jsonl .html .xml .rss .atom .warc"
          + " .arc, each maybe .gz), or - for standard input.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "json",
      description = "Output: json (JSON Lines; jsonl is the same) or text. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Mixin InputOptions input;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintStream err = System.err;
    if (threads < 1) {
      err.println("claimtrack extract: --threads must be at least 1, got " + threads);
      return Main.EXIT_USAGE;
    }
    ArticleReader.Options options = input.options("extract", err);
    if (options == null) return Main.EXIT_USAGE;
    Limits limits = options.read().limits();
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    int[] failed = {0};
    ExtractionPipeline pipeline = new ExtractionPipeline(options, threads, () -> ClaimExtractors.standard(limits));
    try {
      pipeline.run(paths, new ExtractionPipeline.Listener() {
        @Override
        public void extracted(ReadArticle a, ArticleClaims claims) {
          try {
            if (format == OutputFormat.text) out.write(TextTable.render(claims));
            else out.write(ClaimsJson.line(claims, a.extracted()) + "\n");
            out.flush();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void failed(Problem p) {
          failed[0]++;
          err.println(InputOptions.problemLine(p));
        }

        @Override
        public void skipped(String in, String reason) {
          if (!input.quiet) err.println(InputOptions.skipLine(in, reason));
        }

        @Override
        public void note(String in, String message) {
          err.println(InputOptions.noteLine(in, message));
        }
      });
      out.flush();
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      err.println("claimtrack extract: cannot write output: " + io.getMessage());
      return Main.EXIT_INPUT_FAILED;
    }
    InputOptions.summary("extract", pipeline.reader(), pipeline.extractionProblems(), err);
    return failed[0] > 0 ? Main.EXIT_INPUT_FAILED : 0;
  }
}
