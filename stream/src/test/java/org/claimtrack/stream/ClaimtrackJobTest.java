package org.claimtrack.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claimtrack.domain.Problem;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ArticleSink;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.ingest.ReadOptions;
import org.claimtrack.ledger.Ledger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job end to end, on a Flink mini cluster (one task manager, two slots: both extractors share
 * one CoreNLP pipeline), a real Kafka broker in this JVM and the PostgreSQL of the ledger's tests:
 * the nk-troops corpus and the seed published as {@code claimtrack publish} does, with copies put
 * on the other partition and bad records among them; a task failed mid-stream; and the ledger
 * compared with what {@code claimtrack ingest} makes of the same files.
 */
class ClaimtrackJobTest {
  static final Path SHARED = Path.of(System.getProperty("claimtrack.shared", "../../shared"));
  static final Path CORPUS = SHARED.resolve("corpus/nk-troops");
  static final Path SEED = SHARED.resolve("seed/cnn-2024-11-22-north-korean-troops-kursk.txt");

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).setConfiguration(flinkConfig()).build());

  static TestKafka kafka;
  static Reference reference;
  @TempDir static Path tmp;

  static Configuration flinkConfig() {
    Configuration c = new Configuration();
    c.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    return c;
  }

  @BeforeAll
  static void start() throws Exception {
    kafka = new TestKafka();
    // also loads this JVM's CoreNLP pipeline, which the job's extractors then share
    reference = Reference.ingest(tmp.resolve("reference"), CORPUS, SEED);
    assertThat(reference.articles).isEqualTo(7);
  }

  @AfterAll
  static void stop() throws Exception {
    if (kafka != null) kafka.close();
  }

  /** Publishes as {@code claimtrack publish} does: the reader with its default options, one record per article. */
  static List<ReadArticle> publish(String topic, Path... paths) {
    List<ReadArticle> read = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (ArticlePublisher pub = ArticlePublisher.open(kafka.bootstrap(), topic, 2, failures::add)) {
      ArticleReader reader = new ArticleReader(ArticleReader.Options.defaults(ReadOptions.DEFAULT));
      for (Path p : paths) {
        reader.read(p, new ArticleSink() {
          @Override
          public void article(ReadArticle a) {
            read.add(a);
            pub.publish(a);
          }

          @Override
          public void skipped(String input, String reason) {}

          @Override
          public void problem(Problem p) {
            failures.add(p.line());
          }
        });
      }
    }
    assertThat(failures).isEmpty();
    return read;
  }

  /** Copies of the seed (exact and edited) on both partitions, an article in German, and bad records. */
  static void sendCopiesAndBadRecords(String topic, List<ReadArticle> published) throws Exception {
    String seedBody = published.stream().filter(a -> a.input().endsWith(SEED.getFileName().toString())).findFirst()
        .orElseThrow().article().bodyText();
    String copy = "{\"file\": \"syndicated.txt\", \"title\": \"copy\", \"published\": \"2024-11-22\", \"body\": "
        + Reference.JSON.writeValueAsString(seedBody) + "}";
    // a syndicated copy with edits: a new first line, the last paragraph cut
    String edited = "KYIV (Wire) - " + seedBody.substring(0, seedBody.lastIndexOf("\n\n")) + "\n\nReporting by the wire.";
    String near = "{\"file\": \"edited.txt\", \"published\": \"2024-11-23\", \"body\": "
        + Reference.JSON.writeValueAsString(edited) + "}";
    // the copies on both partitions: at least one lands on another task than the original
    kafka.send(topic, 0, "copy", utf8(copy), utf8(near));
    kafka.send(topic, 1, "copy", utf8(copy), utf8(near));
    String german = "{\"file\": \"de.txt\", \"body\": \"Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes"
        + " rund 1500 Soldaten nach Russland geschickt. Die Regierung in Seoul sprach von einer ernsten Bedrohung"
        + " für die Sicherheit der Region und kündigte Gegenmaßnahmen an.\"}";
    kafka.send(topic, 1, "other", utf8(german));
    kafka.send(topic, 0, "bad", utf8("{not json"), utf8("{\"title\": \"no body\"}"),
        utf8("{\"body\": \"Officials said 300 people came.\", \"published\": \"last Tuesday\"}"),
        new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
        utf8("{\"file\": \"numbers.txt\", \"body\": \"12 345 6,789\"}"),
        // PostgreSQL takes no NUL character in text: the store refuses it
        utf8("{\"file\": \"nul.txt\", \"body\": \"Officials said 300 people came.\\u0000 The rest is quiet.\"}"));
  }

  /** Waits, polling once a second, until {@code done} holds; fails naming {@code what} after {@code limit}. */
  static void await(String what, Duration limit, Check done) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!done.holds()) {
      assertThat(System.nanoTime() < deadline).as("%s within %s", what, limit).isTrue();
      Thread.sleep(1000);
    }
  }

  interface Check {
    boolean holds() throws Exception;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theLedgerEqualsWhatIngestMakesEvenAfterATaskFailedMidStream() throws Exception {
    String topic = "articles-" + UUID.randomUUID();
    kafka.createTopic(topic, 2);
    StreamConfig.Db db = TestPostgres.freshSchema();
    try {
      // the job runs as `claimtrack stream` does, without an end: it is started on the empty topic, and
      // the articles come once it has completed a checkpoint, so that the injected failure is always
      // mid-stream and after a checkpoint, however fast the machine
      StreamConfig cfg = StreamConfig.of(kafka.bootstrap(), topic, db).withParallelism(2)
          .withCheckpointEvery(Duration.ofMillis(300)).withGroup("test-" + topic);
      Topics.prepare(cfg);
      ClaimtrackJob.prepareLedger(cfg);
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      ClaimtrackJob.configure(env, cfg);
      FailOnce.reset();
      ClaimtrackJob.build(env, cfg, stored -> stored.map(new FailOnce(2)).name("fail once").uid("fail-once"));
      JobClient running = env.executeAsync("test: " + topic);
      try {
        await("a first checkpoint", Duration.ofMinutes(2), () -> FailOnce.CHECKPOINTS.get() > 0);
        List<ReadArticle> published = publish(topic, CORPUS, SEED);
        assertThat(published).hasSize(7);
        sendCopiesAndBadRecords(topic, published);
        // done when every article is stored and every dead letter committed, after the restart
        try (LedgerAccess job1 = new LedgerAccess(db)) {
          await("the articles stored and the dead letters committed", Duration.ofMinutes(5),
              () -> FailOnce.restored && job1.ledger.articleCount() == reference.articles
                  && kafka.readAll(cfg.deadLetterTopic()).size() >= 6);
        }
      } finally {
        running.cancel().get(1, TimeUnit.MINUTES);
      }

      assertThat(FailOnce.failed).as("the failure was injected (after a completed checkpoint)").isTrue();
      assertThat(FailOnce.restored).as("the job restarted from its checkpoint").isTrue();

      try (LedgerAccess job = new LedgerAccess(db)) {
        job.ledger.refresh();
        reference.assertSameAs(job.ledger);
      }

      // the dead letters: each bad record once, with its reason (read_committed: what the checkpoints committed)
      Map<Long, String> reasons = new TreeMap<>();
      for (ConsumerRecord<byte[], byte[]> r : kafka.readAll(cfg.deadLetterTopic())) {
        var d = Reference.read(new String(r.value(), StandardCharsets.UTF_8));
        String was = reasons.put(d.get("offset").asLong(), d.get("stage").asText() + ": " + d.get("reason").asText());
        assertThat(was).as("dead letter for offset %s written once", d.get("offset")).isNull();
        assertThat(d.get("topic").asText()).isEqualTo(topic);
      }
      assertThat(reasons.values()).filteredOn(r -> r.startsWith("store: "))
          .singleElement().asString().startsWith("store: the database refused the article: ").contains("0x00");
      assertThat(reasons.values()).filteredOn(r -> !r.startsWith("store: ")).containsExactlyInAnyOrder(
          "parse: not valid JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name",
          "parse: no \"body\" string: not the text --format jsonl contract",
          "parse: \"published\" is not a date: 'last Tuesday' (use YYYY-MM-DD)",
          "parse: not valid UTF-8",
          "extract: no sentences: the text has no words");

      // a replay of the whole topic by a new run (new group, empty state): nothing is stored twice
      StreamConfig again = cfg.withUntilEnd(true).withGroup("again-" + topic).withDeadLetterTopic(topic + ".again");
      Topics.prepare(again);
      StreamExecutionEnvironment env2 = StreamExecutionEnvironment.getExecutionEnvironment();
      ClaimtrackJob.configure(env2, again);
      ClaimtrackJob.build(env2, again);
      JobExecutionResult r2 = env2.execute("test again: " + topic);
      assertThat(r2.<Long>getAccumulatorResult(Tally.STORED)).isEqualTo(0L);
      assertThat(r2.<Long>getAccumulatorResult(Tally.SKIPPED_IN_LEDGER)).isEqualTo(7L);
      assertThat(r2.<Long>getAccumulatorResult(Tally.SKIPPED_DUPLICATE)).isEqualTo(3L);
      assertThat(r2.<Long>getAccumulatorResult(Tally.SKIPPED_NEAR_DUPLICATE)).isEqualTo(1L);
      assertThat(r2.<Long>getAccumulatorResult(Tally.SKIPPED_LANGUAGE)).isEqualTo(1L);
      try (LedgerAccess job = new LedgerAccess(db)) {
        reference.assertSameAs(job.ledger);
      }
    } finally {
      TestPostgres.drop(db);
    }
  }

  /**
   * Fails the task once, after it has passed on {@code after} stored articles and at least one
   * checkpoint has completed, so that the job restarts from that checkpoint and replays what came
   * after it.
   */
  static final class FailOnce extends RichMapFunction<Stored, Stored> implements CheckpointListener, CheckpointedFunction {
    static volatile boolean failed;
    static volatile boolean restored;
    static final AtomicInteger CHECKPOINTS = new AtomicInteger();
    static final AtomicBoolean ARMED = new AtomicBoolean();
    private final int after;
    private int seen;

    FailOnce(int after) {
      this.after = after;
    }

    static void reset() {
      failed = false;
      restored = false;
      CHECKPOINTS.set(0);
      ARMED.set(true);
    }

    @Override
    public Stored map(Stored s) {
      seen++;
      if (seen >= after && CHECKPOINTS.get() > 0 && ARMED.compareAndSet(true, false)) {
        failed = true;
        throw new IllegalStateException("injected failure after " + seen + " stored articles");
      }
      return s;
    }

    @Override
    public void notifyCheckpointComplete(long id) {
      CHECKPOINTS.incrementAndGet();
    }

    @Override
    public void snapshotState(FunctionSnapshotContext ctx) {}

    @Override
    public void initializeState(FunctionInitializationContext ctx) {
      if (ctx.isRestored()) restored = true;
    }
  }
}
