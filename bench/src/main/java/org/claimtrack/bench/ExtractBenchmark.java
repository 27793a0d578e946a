package org.claimtrack.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimtrack.domain.Article;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.nlp.NlpPipelines;
import org.claimtrack.nlp.StockCoreNlp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: one pass over the benchmark corpus per operation, claimtrack against stock CoreNLP.
 * Run with {@code java -cp ... org.openjdk.jmh.Main ExtractBenchmark} (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-Xss4m"})
public class ExtractBenchmark {

  @Param({"claimtrack", "stock-corenlp"})
  public String pipeline;

  private List<Article> articles;
  private ClaimExtractor ours;
  private StockCoreNlp stock;

  @Setup(Level.Trial)
  public void setup() {
    String shared = System.getProperty("claimtrack.shared", "../shared");
    articles = BenchCorpus.read(BenchCorpus.defaultPaths(Path.of(shared)));
    if (pipeline.equals("claimtrack")) {
      ours = ClaimExtractors.standard();
    } else {
      stock = NlpPipelines.stock();
    }
  }

  @Benchmark
  public void corpusPass(Blackhole bh) {
    for (Article a : articles) {
      if (ours != null) {
        bh.consume(ours.extract(a));
      } else {
        bh.consume(stock.annotate(a.bodyText()));
      }
    }
  }
}
