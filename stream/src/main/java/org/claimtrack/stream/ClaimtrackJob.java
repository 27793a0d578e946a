package org.claimtrack.stream;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.claimtrack.ledger.LedgerException;

/**
 * The claimtrack job: articles from Kafka, claims into the ledger.
 *
 * <pre>
 * Kafka (text --format jsonl) → parse → language → copies (keyed state) → extract → store (ledger) → analysis
 *                                 └──────────────── dead letters (with reasons) ──────┘  → Kafka
 * </pre>
 *
 * <p>Exactly once, end to end: the source's offsets and the copy filters' state are checkpointed
 * together; after a failure Flink restarts from the last checkpoint and replays what came after
 * it, and the ledger stores each article once (unique keys on the article's hash and the claims'
 * ids) whatever is replayed. Dead letters are written in Kafka transactions committed with the
 * checkpoints (read them with {@code isolation.level=read_committed}).
 *
 * <p>On a cluster: {@code flink run -c org.claimtrack.stream.ClaimtrackJob claimtrack-stream.jar
 * --kafka broker:9092 --topic articles --db jdbc:postgresql://db:5432/claimtrack ...} (see {@link
 * StreamConfig#USAGE}); locally: {@code claimtrack stream}.
 */
public final class ClaimtrackJob {
  /** A partition with no new records for this long no longer holds the watermark back (see {@link PartitionWatermarks}). */
  public static final java.time.Duration IDLE_PARTITION = java.time.Duration.ofSeconds(2);

  private ClaimtrackJob() {}

  public static void main(String[] args) throws Exception {
    StreamConfig c;
    try {
      c = StreamConfig.fromArgs(args);
    } catch (IllegalArgumentException e) {
      System.err.println("claimtrack-stream: " + e.getMessage());
      System.exit(2);
      return;
    }
    Map<TopicPartition, Long> ends;
    try {
      Topics.prepare(c);
      ends = Topics.endsToReach(c);
      prepareLedger(c);
    } catch (Topics.Unavailable | LedgerException e) {
      System.err.println("claimtrack-stream: " + e.getMessage());
      System.exit(3);
      return;
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    configure(env, c);
    build(env, c);
    execute(env, c, ends);
  }

  /**
   * Runs the job built in {@code env}. When the run was to the end ({@code ends}: the topic's ends
   * recorded before it started) and the submission waited for it to finish (an attached {@code
   * flink run}, or a local environment), the group is then committed at those ends where it stands
   * behind them, as {@code claimtrack stream} does after its local run: Flink's Kafka source
   * commits offsets when a checkpoint completes, and a bounded job's last commit does not always
   * reach Kafka before the job is gone. A detached submission returns at once and commits nothing.
   */
  static JobExecutionResult execute(StreamExecutionEnvironment env, StreamConfig c, Map<TopicPartition, Long> ends)
      throws Exception {
    JobExecutionResult r = env.execute(name(c));
    if (ends != null && r.isJobExecutionResult()) Topics.commit(c, ends);
    return r;
  }

  /** The job's name, as the web UI and {@code flink list} show it. */
  public static String name(StreamConfig c) {
    return "claimtrack: " + c.topic() + " → " + c.db();
  }

  /**
   * Opens the ledger once before the job starts: makes or migrates its schema, so that the tasks
   * do not race to, and fails early and clearly when the database cannot be reached.
   *
   * @throws LedgerException with one line for a person
   */
  public static void prepareLedger(StreamConfig c) {
    new LedgerAccess(c.db()).close();
  }

  /** Parallelism (when given) and exactly-once checkpoints. */
  public static void configure(StreamExecutionEnvironment env, StreamConfig c) {
    if (c.parallelism() > 0) env.setParallelism(c.parallelism());
    env.enableCheckpointing(c.checkpointEvery().toMillis(), CheckpointingMode.EXACTLY_ONCE);
  }

  /** Adds the job to {@code env}. */
  public static void build(StreamExecutionEnvironment env, StreamConfig c) {
    build(env, c, UnaryOperator.identity());
  }

  /**
   * As {@link #build(StreamExecutionEnvironment, StreamConfig)}, with {@code afterStore} applied to
   * the stream of stored articles before the analysis (tests put a failure there).
   */
  static void build(StreamExecutionEnvironment env, StreamConfig c, UnaryOperator<DataStream<Stored>> afterStore) {
    KafkaSourceBuilder<RawRecord> sb = KafkaSource.<RawRecord>builder()
        .setBootstrapServers(c.kafka())
        .setTopics(c.topic())
        .setGroupId(c.group())
        // a new run resumes where its group committed (offsets are committed with each checkpoint)
        .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
        .setDeserializer(new RawRecordSchema());
    if (c.untilEnd()) sb.setBounded(OffsetsInitializer.latest());
    // watermarks follow the records' Kafka timestamps, partition by partition, and the clock on a
    // quiet partition: the copy filters take records in timestamp order by them
    WatermarkStrategy<RawRecord> order = WatermarkStrategy
        .<RawRecord>forGenerator(ctx -> new PartitionWatermarks<>(IDLE_PARTITION, ctx.getInputActivityClock(),
            System::currentTimeMillis))
        .withTimestampAssigner((r, ts) -> r.timestamp());
    DataStream<RawRecord> raw = env.fromSource(sb.build(), order, "kafka: " + c.topic()).uid("source");

    SingleOutputStreamOperator<Incoming> parsed = raw.process(new ParseStage(c.maxRecordBytes()))
        .name("parse").uid("parse");
    DataStream<Incoming> kept = parsed.process(new LanguageStage(c.languages())).name("language").uid("language");
    // the copy filters are keyed by hash, which also spreads the articles evenly over the extractors
    kept = c.dedup() ? CopyFilter.apply(kept, c.dedupRetention()) : kept.rebalance();
    SingleOutputStreamOperator<Extracted> extracted = kept.process(new ExtractStage(c.db()))
        .name("extract").uid("extract");
    SingleOutputStreamOperator<Stored> stored = extracted.process(new LedgerWriter(c.db()))
        .name("store").uid("store");
    afterStore.apply(stored).sinkTo(new AnalysisSink(c.db(), c.analysisEvery()))
        .setParallelism(1).name("ledger analysis").uid("analysis");

    DataStream<DeadLetter> dead = parsed.getSideOutput(Tags.DEAD_LETTERS)
        .union(extracted.getSideOutput(Tags.DEAD_LETTERS), stored.getSideOutput(Tags.DEAD_LETTERS));
    dead.sinkTo(KafkaSink.<DeadLetter>builder()
            .setBootstrapServers(c.kafka())
            .setRecordSerializer(new DeadLetterSchema(c.deadLetterTopic()))
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
            .setTransactionalIdPrefix("claimtrack-dead-letters-" + c.group())
            // at most the broker's transaction.max.timeout.ms (15 minutes by default)
            .setProperty("transaction.timeout.ms", "600000")
            .build())
        .name("dead letters: " + c.deadLetterTopic()).uid("dead-letters");
  }
}
