package org.claimtrack.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrack.bench.BenchCorpus;
import org.claimtrack.bench.SpeedComparison;
import org.claimtrack.bench.TextThroughput;
import org.claimtrack.domain.Article;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.nlp.NlpPipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrack bench}: articles per second, claimtrack against stock CoreNLP. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Runs claimtrack's extractor and stock CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse, default",
      "settings) on the same articles in one JVM and prints articles per second for each, their ratio,",
      "and peak heap. Default articles: the seed, corpus/nk-troops and the PolNeAR dev texts in ../shared.",
      "With --text: pages per second of 'claimtrack text' (reading, page extraction, language, copies,",
      "JSON output; no CoreNLP), by default on the 181 pages of ../shared/eval/article-extraction-benchmark."
    })
final class BenchCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to run on (files or folders).")
  List<Path> paths;

  // three: after one warm-up pass each, the per-pass ratio still rose from pass to pass (4.9x,
  // 6.0x, 7.1x on 2026-12-06) as the JIT settled, and one pass moved by a quarter between runs
  @Option(names = "--passes", paramLabel = "N",
      description = "Timed passes over the articles, claimtrack's and stock CoreNLP's alternating. Default: ${DEFAULT-VALUE}.")
  int passes = 3;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel figure. Default: all cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--text", description = "Time 'claimtrack text' instead of claim extraction (pages/s).")
  boolean text;

  @Override
  public Integer call() {
    if (text) return text();
    List<Path> in = paths;
    if (in == null || in.isEmpty()) {
      Path shared = EvalCommand.defaultEvalDir().getParent();
      if (!Files.isDirectory(shared)) {
        System.err.println("claimtrack bench: no ../shared folder at " + shared + "; give article paths");
        return Main.EXIT_USAGE;
      }
      in = BenchCorpus.defaultPaths(shared);
    }
    if (passes < 1 || threads < 1) {
      System.err.println("claimtrack bench: --passes and --threads must be at least 1");
      return Main.EXIT_USAGE;
    }
    List<Article> articles = BenchCorpus.read(in);
    if (articles.isEmpty()) {
      System.err.println("claimtrack bench: no readable articles in " + in);
      return Main.EXIT_USAGE;
    }
    System.err.println("claimtrack bench: loading claimtrack's pipeline and stock CoreNLP...");
    var ours = ClaimExtractors.standard();
    var stock = NlpPipelines.stock();
    SpeedComparison.Report r = SpeedComparison.run(articles, ours, stock, passes, threads,
        msg -> System.err.println("claimtrack bench: " + msg));
    System.out.print(r.render());
    return 0;
  }

  private Integer text() {
    List<Path> in = paths;
    if (in == null || in.isEmpty()) {
      Path pages = EvalCommand.defaultEvalDir().resolve("article-extraction-benchmark").resolve("html");
      if (!Files.isDirectory(pages)) {
        System.err.println("claimtrack bench: no benchmark pages at " + pages + "; give page paths");
        return Main.EXIT_USAGE;
      }
      in = List.of(pages);
    }
    if (passes < 1) {
      System.err.println("claimtrack bench: --passes must be at least 1");
      return Main.EXIT_USAGE;
    }
    TextThroughput.Report r = TextThroughput.run(in, passes, msg -> System.err.println("claimtrack bench: " + msg));
    System.out.print(r.render());
    return 0;
  }
}
