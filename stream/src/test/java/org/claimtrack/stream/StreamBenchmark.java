package org.claimtrack.stream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.claimtrack.domain.Problem;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ArticleSink;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.ingest.ReadOptions;
import org.claimtrack.ingest.lang.LanguageDetector;

/**
 * Throughput of the whole job (Kafka source, filters, extraction, the ledger in PostgreSQL, dead
 * letters) at parallelism 1 and 2 on one task manager, and what each stage costs. Not a test: run
 * it with {@code mvn -B -ntp -pl stream -am -Pbench-stream -DskipTests verify} (see the README).
 *
 * <p>The corpus is real news from {@code ../shared}: the seed, corpus/nk-troops, the PolNeAR dev
 * texts, the realnews-dev pages and the article-extraction-benchmark pages, published once to a
 * topic of four partitions (as {@code claimtrack publish} does: other languages and copies are
 * left out). CoreNLP is loaded before the timed runs (its load is reported apart: a task manager
 * pays it once), a warm-up run over 30 articles lets the JIT compile, then each run reads the whole
 * topic with a new consumer group into a fresh schema, until the end of the topic.
 *
 * <p>Options (system properties): {@code bench.kafka} (a broker; default a Kafka in this JVM),
 * {@code bench.max} (at most this many articles), {@code bench.parallelism} (default "1,2").
 */
public final class StreamBenchmark {
  private StreamBenchmark() {}

  record Run(int parallelism, long stored, double wall, double steady, Map<String, Object> acc, Map<String, Double> cpu) {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(System.getProperty("claimtrack.shared", "../shared"));
    List<Path> paths = List.of(shared.resolve("seed"), shared.resolve("corpus/nk-troops"),
        shared.resolve("eval/polnear-dev/text"), shared.resolve("eval/realnews-dev/pages"),
        shared.resolve("eval/article-extraction-benchmark/html"));
    for (Path p : paths) {
      if (!Files.exists(p)) throw new IllegalStateException("no " + p + ": run from the repository with ../shared beside it");
    }
    int max = Integer.getInteger("bench.max", Integer.MAX_VALUE);
    List<Integer> parallelisms = new ArrayList<>();
    for (String p : System.getProperty("bench.parallelism", "1,2").split(",")) parallelisms.add(Integer.parseInt(p.strip()));

    String external = System.getProperty("bench.kafka");
    TestKafka kafka = external == null ? new TestKafka() : null;
    String bootstrap = external != null ? external : kafka.bootstrap();
    try {
      String topic = "bench-" + UUID.randomUUID();
      List<ReadArticle> articles = read(paths, max);
      long chars = articles.stream().mapToLong(a -> a.article().bodyText().length()).sum();
      publish(bootstrap, topic, articles);

      long t0 = System.nanoTime();
      org.claimtrack.nlp.NlpPipelines.sharedLoaded();
      double corenlp = (System.nanoTime() - t0) / 1e9;
      double lingua = LanguageDetector.standard().loadTime().toMillis() / 1000.0;

      System.out.printf(Locale.ROOT, "corpus: %d articles, %,d characters of body; CoreNLP load %.1f s, Lingua load %.1f s"
          + " (once per task manager JVM); %d cores, load average at start %s%n", articles.size(), chars, corenlp, lingua,
          Runtime.getRuntime().availableProcessors(), loadAverage());
      // the whole corpus once, untimed (each run reads the topic with a group of its own): the JIT
      // compiles the job's code there (a warm-up of 30 articles left the JIT's threads 33 s of CPU
      // in the parallelism-1 run and 13 s in the next, a core's share the timed runs then lacked)
      run(bootstrap, topic, 2);
      List<Run> runs = new ArrayList<>();
      for (int p : parallelisms) {
        Run r = run(bootstrap, topic, p);
        runs.add(r);
        System.out.printf(Locale.ROOT, "parallelism %d: %d stored in %.1f s: %.2f articles/s whole run, %.2f articles/s"
            + " first to last store; load average %s%n", p, r.stored(), r.wall(), r.stored() / r.wall(), r.steady(), loadAverage());
        System.out.println("  " + ThreadCpu.render(r.cpu(), 0.5));
      }
      System.out.println();
      System.out.println("| parallelism | articles | run | articles/s (whole run) | articles/s (first to last store) |");
      System.out.println("| --- | --- | --- | --- | --- |");
      for (Run r : runs) {
        System.out.printf(Locale.ROOT, "| %d | %d | %.1f s | %.2f | %.2f |%n", r.parallelism(), r.stored(), r.wall(),
            r.stored() / r.wall(), r.steady());
      }
      if (runs.size() >= 2) {
        Run one = runs.get(0);
        Run last = runs.get(runs.size() - 1);
        System.out.printf(Locale.ROOT, "%nscaling %d → %d slots: %.2f× (whole run), %.2f× (first to last store)%n",
            one.parallelism(), last.parallelism(), (last.stored() / last.wall()) / (one.stored() / one.wall()),
            last.steady() / one.steady());
        System.out.printf(Locale.ROOT, "one %d-core worker: %,.0f articles/day (first to last store)%n",
            Runtime.getRuntime().availableProcessors(), last.steady() * 86_400);
      }
      System.out.println();
      System.out.println("| stage | records | time per record (parallelism " + runs.get(runs.size() - 1).parallelism() + ") |");
      System.out.println("| --- | --- | --- |");
      Map<String, Object> acc = runs.get(runs.size() - 1).acc();
      // bands: one record per article and band (42 per article); per article that is 42 times the figure
      for (String stage : List.of("parse", "language", "exactCopies", "bands", "nearCopies", "extract", "store")) {
        long n = number(acc, stage + "Records");
        long us = number(acc, stage + "Micros");
        System.out.printf(Locale.ROOT, "| %s | %d | %s |%n", stage, n, n == 0 ? "-" : time(us / (double) n));
      }
    } finally {
      if (kafka != null) kafka.close();
    }
  }

  static String time(double micros) {
    return micros >= 1000 ? String.format(Locale.ROOT, "%.1f ms", micros / 1000) : String.format(Locale.ROOT, "%.0f µs", micros);
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (Exception e) {
      return "?";
    }
  }

  static long number(Map<String, Object> acc, String name) {
    return acc.get(name) instanceof Number n ? n.longValue() : 0;
  }

  static List<ReadArticle> read(List<Path> paths, int max) {
    List<ReadArticle> out = new ArrayList<>();
    ArticleReader reader = new ArticleReader(ArticleReader.Options.defaults(ReadOptions.DEFAULT));
    for (Path p : paths) {
      reader.read(p, new ArticleSink() {
        @Override
        public void article(ReadArticle a) {
          if (out.size() < max) out.add(a);
        }

        @Override
        public void skipped(String input, String reason) {}

        @Override
        public void problem(Problem p) {}
      });
    }
    return out;
  }

  static void publish(String bootstrap, String topic, List<ReadArticle> articles) throws Exception {
    List<String> failures = new ArrayList<>();
    try (ArticlePublisher pub = ArticlePublisher.open(bootstrap, topic, 4, failures::add)) {
      articles.forEach(pub::publish);
    }
    if (!failures.isEmpty()) throw new IllegalStateException("not published: " + failures);
  }

  static Run run(String bootstrap, String topic, int parallelism) throws Exception {
    StreamConfig.Db db = TestPostgres.freshSchema();
    try {
      StreamConfig c = StreamConfig.of(bootstrap, topic, db).withParallelism(parallelism).withUntilEnd(true)
          .withGroup("bench-" + UUID.randomUUID());
      Topics.prepare(c);
      ClaimtrackJob.prepareLedger(c);
      StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, new Configuration());
      ClaimtrackJob.configure(env, c);
      ClaimtrackJob.build(env, c);
      long t0 = System.nanoTime();
      JobExecutionResult r;
      Map<String, Double> cpu;
      try (ThreadCpu threads = new ThreadCpu(250)) {
        r = env.execute("bench " + parallelism);
        cpu = threads.stop();
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      Map<String, Object> acc = r.getAllAccumulatorResults();
      long stored = number(acc, Tally.STORED);
      double span = (number(acc, LedgerWriter.LAST_STORE) - number(acc, LedgerWriter.FIRST_STORE)) / 1000.0;
      return new Run(parallelism, stored, wall, span > 0 ? (stored - 1) / span : 0, acc, cpu);
    } finally {
      TestPostgres.drop(db);
    }
  }
}
