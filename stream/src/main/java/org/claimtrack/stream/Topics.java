package org.claimtrack.stream;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** The topics a run needs, checked before it starts, so that a wrong name or broker fails at once and clearly. */
public final class Topics {
  private Topics() {}

  /** Thrown with one line for a person. */
  public static final class Unavailable extends RuntimeException {
    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static Properties admin(String kafka) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
    return p;
  }

  /** The topics on the broker, or {@link Unavailable} when it cannot be reached. */
  static Set<String> list(Admin admin, String kafka) {
    try {
      return admin.listTopics().names().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new Unavailable("cannot reach Kafka at " + kafka + " (" + reason(e) + "): is it running, and is --kafka right?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while reaching Kafka at " + kafka, e);
    }
  }

  /**
   * Checks that the topic of articles exists and makes the dead-letter topic when it does not.
   *
   * @throws Unavailable when Kafka cannot be reached or the topic of articles does not exist
   */
  public static void prepare(StreamConfig c) {
    try (Admin admin = Admin.create(admin(c.kafka()))) {
      Set<String> names = list(admin, c.kafka());
      if (!names.contains(c.topic())) {
        throw new Unavailable("there is no topic '" + c.topic() + "' at " + c.kafka()
            + ": publish to it first (claimtrack publish --kafka " + c.kafka() + " --topic " + c.topic() + " PATH...)", null);
      }
      if (!names.contains(c.deadLetterTopic())) create(admin, c.kafka(), c.deadLetterTopic(), 1);
    }
  }

  /**
   * For a run to the end ({@link StreamConfig#untilEnd}), the ends it reads at least to, taken
   * before it starts: once it has finished, {@link #commit} leaves its group there. Null for a
   * run that does not end.
   */
  static Map<TopicPartition, Long> endsToReach(StreamConfig c) throws Exception {
    return c.untilEnd() ? ends(c) : null;
  }

  /** The end of every partition of the topic of articles now (the next offset to be written). */
  static Map<TopicPartition, Long> ends(StreamConfig c) throws Exception {
    try (Admin admin = Admin.create(admin(c.kafka()))) {
      var parts = admin.describeTopics(List.of(c.topic())).allTopicNames().get(20, TimeUnit.SECONDS).get(c.topic()).partitions();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (var p : parts) latest.put(new TopicPartition(c.topic(), p.partition()), OffsetSpec.latest());
      Map<TopicPartition, Long> out = new HashMap<>();
      admin.listOffsets(latest).all().get(20, TimeUnit.SECONDS).forEach((tp, r) -> out.put(tp, r.offset()));
      return out;
    }
  }

  /**
   * Commits {@code ends} as the run's group's offsets where the group stands before them: for a run
   * that read to the end of the topic and finished. Flink's Kafka source commits offsets when a
   * checkpoint completes, and the commit of the final one may not reach Kafka before the job is
   * gone; then the next run of the group would read the last articles again (the ledger skips
   * them, but they cost an extraction each).
   */
  static void commit(StreamConfig c, Map<TopicPartition, Long> ends) throws Exception {
    try (Admin admin = Admin.create(admin(c.kafka()))) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(c.group()).partitionsToOffsetAndMetadata().get(20, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetAndMetadata> ahead = new HashMap<>();
      ends.forEach((tp, end) -> {
        OffsetAndMetadata now = committed.get(tp);
        if (now == null || now.offset() < end) ahead.put(tp, new OffsetAndMetadata(end));
      });
      if (!ahead.isEmpty()) admin.alterConsumerGroupOffsets(c.group(), ahead).all().get(20, TimeUnit.SECONDS);
    }
  }

  /** Makes a topic with the broker's default replication; one that exists already is fine. */
  static void create(Admin admin, String kafka, String topic, int partitions) {
    try {
      admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all()
          .get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TopicExistsException) return;
      throw new Unavailable("cannot create the topic '" + topic + "' at " + kafka + " (" + reason(e) + ")", e);
    } catch (TimeoutException e) {
      throw new Unavailable("cannot create the topic '" + topic + "' at " + kafka + " (timed out)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while creating the topic '" + topic + "'", e);
    }
  }

  static String reason(Exception e) {
    Throwable t = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return Contract.oneLine(m);
  }
}
