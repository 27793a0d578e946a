package org.claimtrack.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A run to the end leaves its group at the end it recorded, never behind where the group already is. */
class TopicsTest {
  static TestKafka kafka;

  @BeforeAll
  static void start() throws Exception {
    kafka = new TestKafka();
  }

  @AfterAll
  static void stop() throws Exception {
    if (kafka != null) kafka.close();
  }

  static Map<TopicPartition, OffsetAndMetadata> committed(String group) throws Exception {
    try (Admin admin = Admin.create(Topics.admin(kafka.bootstrap()))) {
      return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void theEndsRecordedBeforeARunAreCommittedForItsGroupAndNothingMovesBack() throws Exception {
    String topic = "articles-" + UUID.randomUUID();
    kafka.createTopic(topic, 2);
    byte[] r = "{}".getBytes(StandardCharsets.UTF_8);
    kafka.send(topic, 0, "a", r, r, r);
    kafka.send(topic, 1, "b", r);
    // the database is not reached here
    StreamConfig.Db db = new StreamConfig.Db("jdbc:postgresql://localhost:5432/none", "none", "", null);
    StreamConfig c = StreamConfig.of(kafka.bootstrap(), topic, db).withGroup("g-" + topic);

    Map<TopicPartition, Long> ends = Topics.ends(c);
    TopicPartition p0 = new TopicPartition(topic, 0);
    TopicPartition p1 = new TopicPartition(topic, 1);
    assertThat(ends).containsEntry(p0, 3L).containsEntry(p1, 1L).hasSize(2);

    Topics.commit(c, ends);
    assertThat(committed(c.group())).containsEntry(p0, new OffsetAndMetadata(3)).containsEntry(p1, new OffsetAndMetadata(1));

    // a group already further on (records published after the ends were taken, read and committed
    // by the job itself) is not moved back
    try (Admin admin = Admin.create(Topics.admin(kafka.bootstrap()))) {
      admin.alterConsumerGroupOffsets(c.group(), Map.of(p0, new OffsetAndMetadata(5))).all().get(20, TimeUnit.SECONDS);
    }
    Topics.commit(c, ends);
    Map<TopicPartition, OffsetAndMetadata> now = committed(c.group());
    assertThat(now.get(p0).offset()).isEqualTo(5L);
    assertThat(now.get(p1).offset()).isEqualTo(1L);
    assertThat(Set.copyOf(now.keySet())).containsExactlyInAnyOrder(p0, p1);
  }

  @Test
  void aJobSubmittedToRunToTheEndLeavesItsGroupAtTheEndsOnceItHasFinished() throws Exception {
    String topic = "articles-" + UUID.randomUUID();
    kafka.createTopic(topic, 2);
    byte[] r = "{}".getBytes(StandardCharsets.UTF_8);
    kafka.send(topic, 0, "a", r, r);
    kafka.send(topic, 1, "b", r, r, r);
    StreamConfig.Db db = new StreamConfig.Db("jdbc:postgresql://localhost:5432/none", "none", "", null);
    StreamConfig c = StreamConfig.of(kafka.bootstrap(), topic, db).withGroup("g-" + topic);
    Map<TopicPartition, Long> ends = Topics.ends(c);

    // what ClaimtrackJob.main does after building the job, here with a job of its own (an attached
    // submission: a local environment waits for the job's end as `flink run` without -d does)
    org.apache.flink.streaming.api.environment.StreamExecutionEnvironment env =
        org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.createLocalEnvironment(1);
    env.fromData(1, 2, 3).sinkTo(new org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink<>());
    assertThat(ClaimtrackJob.execute(env, c, null).isJobExecutionResult()).isTrue();
    assertThat(committed(c.group())).as("not a run to the end: nothing committed").isEmpty();

    env = org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.createLocalEnvironment(1);
    env.fromData(1, 2, 3).sinkTo(new org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink<>());
    ClaimtrackJob.execute(env, c, ends);
    assertThat(committed(c.group()))
        .containsEntry(new TopicPartition(topic, 0), new OffsetAndMetadata(2))
        .containsEntry(new TopicPartition(topic, 1), new OffsetAndMetadata(3))
        .hasSize(2);
  }
}
