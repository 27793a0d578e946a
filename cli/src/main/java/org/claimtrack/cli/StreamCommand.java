package org.claimtrack.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.claimtrack.ledger.LedgerConfig;
import org.claimtrack.ledger.LedgerException;
import org.claimtrack.ledger.store.Database;
import org.claimtrack.stream.LocalRun;
import org.claimtrack.stream.StreamConfig;
import org.claimtrack.stream.Topics;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrack stream}: the Flink job, run here, from a Kafka topic into the ledger. */
@Command(
    name = "stream",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the claimtrack Flink job on this machine: reads articles from a Kafka topic (what",
      "'claimtrack publish' writes), skips other languages and copies, extracts the claims and stores",
      "them in the ledger (PostgreSQL with --db; the embedded one otherwise), each article once even",
      "after a failure; records that cannot be used go to a dead-letter topic with their reason. Reads",
      "on until stopped (Ctrl-C), or with --until-end up to where the topic ends when it starts. On a",
      "Flink cluster, run org.claimtrack.stream.ClaimtrackJob from claimtrack-stream.jar instead (README)."
    })
final class StreamCommand implements Callable<Integer> {
  @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "Kafka's bootstrap servers.")
  String kafka;

  @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "The topic of articles.")
  String topic;

  @Option(names = "--group", paramLabel = "GROUP", defaultValue = StreamConfig.DEFAULT_GROUP,
      description = "Consumer group: a new run resumes where the group's last one stopped. Default: ${DEFAULT-VALUE}.")
  String group;

  @Option(names = "--dead-letter-topic", paramLabel = "TOPIC",
      description = "Where unusable records go, with their reason. Default: TOPIC.dead-letter.")
  String deadLetterTopic;

  @Option(names = "--parallelism", paramLabel = "N",
      description = "Parallel tasks (slots; they share one CoreNLP pipeline). Default: all cores (${DEFAULT-VALUE}).")
  int parallelism = Runtime.getRuntime().availableProcessors();

  @Option(names = "--until-end", description = "Stop at the end of the topic as it is when the run starts.")
  boolean untilEnd;

  @Option(names = "--lang", paramLabel = "CODES", defaultValue = "en",
      description = "Languages to keep (ISO 639-1, comma-separated), or 'any'. Default: ${DEFAULT-VALUE}.")
  String languages;

  @Option(names = "--keep-duplicates", description = "Keep copies (by default exact and near copies of an earlier article are skipped).")
  boolean keepDuplicates;

  @Option(names = "--checkpoint-seconds", paramLabel = "N", defaultValue = "10",
      description = "Checkpoint interval. Default: ${DEFAULT-VALUE}.")
  int checkpointSeconds;

  @Mixin LedgerOptions where;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    quietFrameworks();
    StreamConfig c;
    try {
      LedgerConfig lc = where.toConfig();
      StreamConfig.Db db = lc.embeddedDatabase()
          ? new StreamConfig.Db(Database.h2Url(lc.dataDir().toAbsolutePath()), "claimtrack", "", null)
          : new StreamConfig.Db(lc.jdbcUrl(), lc.user(), lc.password(), lc.schema());
      if (lc.embeddedDatabase()) Database.prepareDataDir(lc.dataDir());
      c = StreamConfig.of(kafka, topic, db).withGroup(group).withParallelism(parallelism).withUntilEnd(untilEnd)
          .withLanguages(StreamConfig.languages(languages)).withDedup(!keepDuplicates)
          .withCheckpointEvery(Duration.ofSeconds(checkpointSeconds));
      if (deadLetterTopic != null) c = c.withDeadLetterTopic(deadLetterTopic);
    } catch (IllegalArgumentException e) {
      err.println("claimtrack stream: " + e.getMessage());
      return Main.EXIT_USAGE;
    } catch (LedgerException e) {
      err.println("claimtrack stream: " + e.getMessage());
      return LedgerOptions.status(e);
    }
    err.println("claimtrack stream: reading " + topic + " at " + kafka + " into " + c.db() + " with " + c.parallelism()
        + (c.parallelism() == 1 ? " task" : " tasks") + (untilEnd ? ", up to the end of the topic" : "; Ctrl-C stops"));
    try {
      LocalRun.Summary s = LocalRun.run(c, Duration.ofSeconds(10), line -> err.println("claimtrack stream: progress: " + line));
      err.println("claimtrack stream: " + s.line() + (s.deadLetters() > 0 ? "; dead letters in " + c.deadLetterTopic() : ""));
      return s.deadLetters() > 0 ? Main.EXIT_INPUT_FAILED : 0;
    } catch (Topics.Unavailable e) {
      err.println("claimtrack stream: " + e.getMessage());
      return PublishCommand.EXIT_UNREACHABLE;
    } catch (LedgerException e) {
      err.println("claimtrack stream: " + e.getMessage());
      return LedgerOptions.status(e);
    } catch (ExecutionException e) {
      err.println("claimtrack stream: the job failed: " + rootMessage(e) + " (its restarts are used up; what was"
          + " stored stays stored, and a new run resumes after the last checkpoint)");
      return LedgerOptions.EXIT_STORAGE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return LedgerOptions.EXIT_STORAGE;
    } catch (Exception e) {
      err.println("claimtrack stream: " + rootMessage(e));
      return LedgerOptions.EXIT_STORAGE;
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.replaceAll("\\s+", " ").trim();
  }

  /**
   * Flink and Kafka log a task's failure and restart with stack traces; the job recovers by itself,
   * and what a person needs is in this command's own lines.
   */
  static void quietFrameworks() {
    for (String name : List.of("org.apache.flink", "org.apache.kafka", "org.apache.pekko")) {
      if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger l && l.getLevel() == null) {
        l.setLevel(ch.qos.logback.classic.Level.ERROR);
      }
    }
  }
}
