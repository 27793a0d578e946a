package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.claimtrack.stream.StreamConfig;
import org.claimtrack.stream.TestKafka;
import org.claimtrack.stream.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimtrack publish} and {@code claimtrack stream} as a person runs them: a real Kafka
 * broker in this JVM, the ledger in PostgreSQL, the job on the command's own local mini cluster.
 */
class StreamCommandsTest {
  static final Path SHARED = Path.of(System.getProperty("claimtrack.shared", "../../shared"));
  static TestKafka kafka;

  @BeforeAll
  static void start() throws Exception {
    kafka = new TestKafka();
  }

  @AfterAll
  static void stop() throws Exception {
    if (kafka != null) kafka.close();
  }

  @Test
  void publishThenStreamIntoPostgres(@TempDir Path tmp) throws Exception {
    String topic = "articles-" + UUID.randomUUID();
    CliRun pub = CliRun.of("publish", "--kafka", kafka.bootstrap(), "--topic", topic, "--partitions", "2",
        SHARED.resolve("corpus/nk-troops").toString(), SHARED.resolve("seed").toString());
    assertThat(pub.status()).as(pub.err()).isZero();
    assertThat(pub.err()).contains("made the topic '" + topic + "' (2 partitions)")
        .contains("7 articles published to " + topic + " at " + kafka.bootstrap());

    StreamConfig.Db db = TestPostgres.freshSchema();
    try {
      Path config = tmp.resolve("claimtrack.properties");
      Files.writeString(config, "data=data\ndb.url=" + db.url() + "\ndb.user=" + db.user() + "\ndb.password=" + db.password()
          + "\ndb.schema=" + db.schema() + "\n");
      CliRun run = CliRun.of("stream", "--kafka", kafka.bootstrap(), "--topic", topic, "--until-end", "--parallelism", "2",
          "--checkpoint-seconds", "1", "--config", config.toString());
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.err()).contains("claimtrack stream: 7 stored, 0 dead letters").doesNotContain("Exception");
      CliRun trackers = CliRun.of("trackers", "--config", config.toString());
      assertThat(trackers.status()).as(trackers.err()).isZero();
      assertThat(trackers.out()).contains("north-korea-soldiers-in-russia");
      // run again: a new run of the same group resumes after what it read; nothing new, nothing twice
      CliRun again = CliRun.of("stream", "--kafka", kafka.bootstrap(), "--topic", topic, "--until-end", "--parallelism", "1",
          "--config", config.toString());
      assertThat(again.status()).as(again.err()).isZero();
      assertThat(again.err()).contains("claimtrack stream: 0 stored, 0 dead letters");
    } finally {
      TestPostgres.drop(db);
    }
  }

  @Test
  void aBrokerThatCannotBeReachedIsOneLine() {
    CliRun r = CliRun.of("publish", "--kafka", "localhost:1", "--topic", "t", SHARED.resolve("seed").toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err().strip()).startsWith("claimtrack publish: cannot reach Kafka at localhost:1").doesNotContain("\n");
    CliRun usage = CliRun.of("stream", "--kafka", "b:9092", "--topic", "t", "--db", "postgres://x");
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err()).contains("--db must be a JDBC URL starting with jdbc:postgresql:");
  }
}
