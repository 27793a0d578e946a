package org.claimtrack.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.claimtrack.ingest.ArticleJson;
import org.claimtrack.ingest.ReadArticle;

/**
 * Writes articles to a topic, one record each, in the {@code claimtrack text --format jsonl}
 * contract, keyed by the article's hash (so that copies of an article land in one partition, and
 * the job's exact-copy filter meets them in order). What {@code claimtrack publish} runs.
 *
 * <p>Idempotent producer, {@code acks=all}: a record the broker acknowledged is stored once. Sends
 * are asynchronous; a record Kafka refuses is reported to {@code onFailure} with the input it came
 * from, and the others go on.
 */
public final class ArticlePublisher implements AutoCloseable {
  private final String topic;
  private final KafkaProducer<byte[], byte[]> producer;
  private final Consumer<String> onFailure;
  private final AtomicLong acknowledged = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private long sent;
  private final List<String> notes = new ArrayList<>();

  private ArticlePublisher(String topic, KafkaProducer<byte[], byte[]> producer, Consumer<String> onFailure) {
    this.topic = topic;
    this.producer = producer;
    this.onFailure = onFailure;
  }

  /**
   * Connects, and makes the topic with {@code partitions} partitions when it does not exist.
   *
   * @param onFailure told one line per record Kafka refused: "INPUT: reason" (called on Kafka's
   *     I/O thread)
   * @throws Topics.Unavailable when Kafka cannot be reached or the topic cannot be made
   */
  public static ArticlePublisher open(String kafka, String topic, int partitions, Consumer<String> onFailure) {
    Objects.requireNonNull(onFailure, "onFailure");
    if (partitions < 1) throw new IllegalArgumentException("partitions must be positive, got " + partitions);
    List<String> notes = new ArrayList<>();
    try (Admin admin = Admin.create(Topics.admin(kafka))) {
      Set<String> names = Topics.list(admin, kafka);
      if (!names.contains(topic)) {
        Topics.create(admin, kafka, topic, partitions);
        notes.add("made the topic '" + topic + "' (" + partitions + " partitions)");
      }
    }
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "20000");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "20000");
    ArticlePublisher out = new ArticlePublisher(topic,
        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer()), onFailure);
    out.notes.addAll(notes);
    return out;
  }

  /** What opening did that a person should hear of ("made the topic ..."). */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** Sends one article (asynchronously). */
  public void publish(ReadArticle a) {
    byte[] key = a.article().hash().getBytes(StandardCharsets.UTF_8);
    byte[] value = ArticleJson.line(a).getBytes(StandardCharsets.UTF_8);
    sent++;
    try {
      producer.send(new ProducerRecord<>(topic, key, value), (meta, e) -> {
        if (e == null) {
          acknowledged.incrementAndGet();
        } else {
          failed.incrementAndGet();
          onFailure.accept(a.input() + ": not published (" + reason(e, value.length) + ")");
        }
      });
    } catch (KafkaException e) {
      failed.incrementAndGet();
      onFailure.accept(a.input() + ": not published (" + reason(e, value.length) + ")");
    }
  }

  private static String reason(Exception e, int size) {
    if (e instanceof RecordTooLargeException) {
      return "the record is " + size + " bytes, more than Kafka takes: raise the topic's max.message.bytes";
    }
    return Contract.oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  /** Articles handed to {@link #publish}. */
  public long sent() {
    return sent;
  }

  /** Articles Kafka acknowledged (complete after {@link #close}). */
  public long acknowledged() {
    return acknowledged.get();
  }

  /** Articles Kafka refused (complete after {@link #close}). */
  public long failed() {
    return failed.get();
  }

  /** Waits until every record sent is acknowledged or refused, then disconnects. */
  @Override
  public void close() {
    producer.flush();
    producer.close(Duration.ofSeconds(30));
  }
}
