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

/** {@code claimtrack bench-ledger}: ledger throughput, query latency and the cost of adding articles, at 10,000 and 100,000 articles. */
@Command(name = "bench-ledger", mixinStandardHelpOptions = true,
    description = {"Extracts the MEANTIME Wikinews articles, corpus/nk-troops and the seed in ../shared once with the",
        "real extractor, then ingests generated variants of them (numbers, dates and source names changed, so",
        "each has its own hash; each round of variants a story of its own) into a fresh ledger up to each of",
        "--articles, and at each size prints articles/s, p50/p95 latency of track and search, and what adding",
        "--add more articles costs (store, incremental analysis, index). Uses a temporary data folder unless",
        "--data or --db is given (it must be empty)."})
final class BenchLedgerCommand implements Callable<Integer> {
  @Option(names = "--articles", paramLabel = "N[,N...]", defaultValue = "10000,100000", split = ",",
      description = "Ledger sizes to measure at, in increasing order. Default: ${DEFAULT-VALUE}.")
  List<Integer> articles;

  @Option(names = "--add", paramLabel = "N", defaultValue = "100",
      description = "Articles added at each size to time one more ingest run (0: none). Default: ${DEFAULT-VALUE}.")
  int add;

  @Option(names = "--base", paramLabel = "FILE",
      description = "Keep the extracted base articles in FILE (JSON Lines with texts): read from it when it exists, written after extracting otherwise. Saves the extraction on reruns.")
  Path baseFile;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "200", description = "Timed queries of each kind. Default: ${DEFAULT-VALUE}.")
  int queries;


  @Mixin LedgerOptions where;

  @Override
  public Integer call() throws IOException {
    if (articles.isEmpty() || articles.stream().anyMatch(n -> n < 1) || queries < 1 || add < 0) {
      System.err.println("claimtrack bench-ledger: --articles and --queries must be at least 1, --add at least 0");
      return Main.EXIT_USAGE;
    }
    for (int i = 1; i < articles.size(); i++) {
      if (articles.get(i) <= articles.get(i - 1)) {
        System.err.println("claimtrack bench-ledger: --articles must be increasing, got " + articles);
        return Main.EXIT_USAGE;
      }
    }
    Path shared = EvalCommand.defaultEvalDir().getParent();
    if (!Files.isDirectory(shared)) {
      System.err.println("claimtrack bench-ledger: no ../shared folder at " + shared + "; set CLAIMTRACK_SHARED");
      return Main.EXIT_USAGE;
    }
    List<ArticleClaims> base;
    if (baseFile != null && Files.exists(baseFile)) {
      base = new ArrayList<>();
      for (String line : Files.readAllLines(baseFile)) {
        if (line.isBlank()) continue;
        var o = org.claimtrack.json.ClaimJson.MAPPER.readTree(line);
        base.add(org.claimtrack.extract.json.ClaimsJson.fromJson(o, o.get("text").asText()));
      }
      System.err.println("claimtrack bench-ledger: " + base.size() + " base articles read from " + baseFile);
    } else {
      base = extractBase(shared);
      if (baseFile != null) {
        List<String> lines = new ArrayList<>();
        for (ArticleClaims ac : base) lines.add(org.claimtrack.extract.json.ClaimsJson.line(ac, true));
        Files.write(baseFile, lines);
      }
    }
    String version = "bench-base";
    boolean temp = where.data == null && where.db == null && where.config == null;
    Path tmp = temp ? Files.createTempDirectory("claimtrack-bench") : null;
    if (temp) where.data = tmp;
    try {
      return where.run("bench-ledger", ledger -> {
        if (ledger.articleCount() > 0) {
          throw new LedgerException(LedgerException.Kind.USAGE, "the ledger at " + ledger.config().describe()
              + " is not empty: give an empty --data folder (or none, for a temporary one)");
        }
        List<LedgerBench.Report> rs = LedgerBench.run(ledger, base, articles, add, queries, version,
            m -> System.err.println("claimtrack bench-ledger: " + m));
        for (LedgerBench.Report r : rs) System.out.print(r.render());
        System.out.println("  database: " + (ledger.config().embeddedDatabase() ? "embedded H2" : ledger.config().describe()));
        return 0;
      });
    } finally {
      if (tmp != null) deleteTree(tmp);
    }
  }

  private static List<ArticleClaims> extractBase(Path shared) throws IOException {
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
    return inputs.parallelStream().map(x::extract).filter(Result::isOk)
        .map(r -> ((Result.Ok<ArticleClaims>) r).value()).toList();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
