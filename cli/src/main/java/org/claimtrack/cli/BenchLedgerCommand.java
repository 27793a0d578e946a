package org.claimtrack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.claimtrack.bench.BenchCorpus;
import org.claimtrack.bench.LedgerBench;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Result;
import org.claimtrack.domain.Span;
import org.claimtrack.eval.timex.MeantimeReader;
import org.claimtrack.eval.timex.TimexDocument;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.ingest.ArticleHash;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.LedgerConfig;
import org.claimtrack.ledger.LedgerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrack bench-ledger}: ledger throughput and query latency at 10,000 articles. */
@Command(name = "bench-ledger", mixinStandardHelpOptions = true,
    description = {"Extracts the MEANTIME Wikinews articles, corpus/nk-troops and the seed in ../shared once with the",
        "real extractor, then ingests generated variants of them (numbers, dates and source names changed, so",
        "each has its own hash) up to --articles into a fresh ledger, and prints articles/s and p50/p95 latency",
        "of track and search. Uses a temporary data folder unless --data or --db is given (it must be empty)."})
final class BenchLedgerCommand implements Callable<Integer> {
  @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "Articles to ingest. Default: ${DEFAULT-VALUE}.")
  int articles;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "200", description = "Timed queries of each kind. Default: ${DEFAULT-VALUE}.")
  int queries;


  @Mixin LedgerOptions where;

  @Override
  public Integer call() throws IOException {
    if (articles < 1 || queries < 1) {
      System.err.println("claimtrack bench-ledger: --articles and --queries must be at least 1");
      return Main.EXIT_USAGE;
    }
    Path shared = EvalCommand.defaultEvalDir().getParent();
    if (!Files.isDirectory(shared)) {
      System.err.println("claimtrack bench-ledger: no ../shared folder at " + shared + "; set CLAIMTRACK_SHARED");
      return Main.EXIT_USAGE;
    }
    List<Article> inputs = new ArrayList<>(BenchCorpus.read(List.of(shared.resolve("seed"), shared.resolve("corpus/nk-troops"))));
    try {
      for (TimexDocument d : MeantimeReader.read(shared.resolve("eval"), MeantimeReader.FOLDER).documents()) {
        inputs.add(new Article(d.id(), d.id() + ".txt", d.text(), new Span(0, d.text().length()), null, "Wikinews",
            d.documentDate(), null, ArticleHash.of(d.text())));
      }
    } catch (RuntimeException e) {
      System.err.println("claimtrack bench-ledger: cannot read MEANTIME (" + e.getMessage() + "); going on without it");
    }
    System.err.println("claimtrack bench-ledger: extracting " + inputs.size() + " base articles with the real extractor...");
    ClaimExtractor x = ClaimExtractors.standard();
    String version = String.join(" ", x.stages());
    List<ArticleClaims> base = inputs.parallelStream().map(x::extract).filter(Result::isOk)
        .map(r -> ((Result.Ok<ArticleClaims>) r).value()).toList();
    boolean temp = where.data == null && where.db == null && where.config == null;
    Path tmp = temp ? Files.createTempDirectory("claimtrack-bench") : null;
    if (temp) where.data = tmp;
    try {
      return where.run("bench-ledger", ledger -> {
        if (ledger.articleCount() > 0) {
          throw new LedgerException(LedgerException.Kind.USAGE, "the ledger at " + ledger.config().describe()
              + " is not empty: give an empty --data folder (or none, for a temporary one)");
        }
        LedgerBench.Report r = LedgerBench.run(ledger, base, articles, queries, version,
            m -> System.err.println("claimtrack bench-ledger: " + m));
        System.out.print(r.render());
        System.out.println("  database: " + (ledger.config().embeddedDatabase() ? "embedded H2" : ledger.config().describe()));
        return 0;
      });
    } finally {
      if (tmp != null) deleteTree(tmp);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
