package org.claimtrack.stream;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The job on a Flink mini cluster in this JVM (what {@code claimtrack stream} runs): one task
 * manager whose slots share one CoreNLP pipeline. Runs until the end of the topic with {@link
 * StreamConfig#untilEnd}, else until the process is stopped (the offsets committed with the last
 * checkpoint say where the next run resumes).
 */
public final class LocalRun {
  private LocalRun() {}

  /** The run's counts (of its last attempt, after a restart). */
  public record Summary(long stored, long unchanged, long inLedger, long duplicates, long nearDuplicates, long otherLanguage,
      long deadLetters, double seconds) {

    static Summary of(Map<String, Object> acc, double seconds) {
      return new Summary(n(acc, Tally.STORED), n(acc, Tally.UNCHANGED), n(acc, Tally.SKIPPED_IN_LEDGER),
          n(acc, Tally.SKIPPED_DUPLICATE), n(acc, Tally.SKIPPED_NEAR_DUPLICATE), n(acc, Tally.SKIPPED_LANGUAGE),
          n(acc, Tally.DEAD_LETTERS), seconds);
    }

    private static long n(Map<String, Object> acc, String name) {
      Object v = acc.get(name);
      return v instanceof Number x ? x.longValue() : 0;
    }

    /** "7 stored, 2 already in the ledger, 3 copies and 1 near copy skipped, 1 in another language, 5 dead letters (41 s)". */
    public String line() {
      StringJoiner j = new StringJoiner(", ");
      j.add(stored + " stored");
      if (unchanged + inLedger > 0) j.add((unchanged + inLedger) + " already in the ledger");
      if (duplicates > 0) j.add(duplicates + (duplicates == 1 ? " copy" : " copies") + " skipped");
      if (nearDuplicates > 0) j.add(nearDuplicates + (nearDuplicates == 1 ? " near copy" : " near copies") + " skipped");
      if (otherLanguage > 0) j.add(otherLanguage + " in another language");
      j.add(deadLetters + (deadLetters == 1 ? " dead letter" : " dead letters"));
      return j + String.format(Locale.ROOT, " (%.0f s)", seconds);
    }
  }

  /**
   * Runs the job here.
   *
   * @param progress told one line of counts every {@code every} while the job runs
   * @throws Topics.Unavailable when Kafka or the topic is not there
   * @throws org.claimtrack.ledger.LedgerException when the database cannot be opened
   * @throws ExecutionException when the job failed for good (its restarts used up)
   */
  public static Summary run(StreamConfig c, Duration every, Consumer<String> progress) throws Exception {
    Topics.prepare(c);
    Map<org.apache.kafka.common.TopicPartition, Long> ends = Topics.endsToReach(c);
    ClaimtrackJob.prepareLedger(c);
    int parallelism = c.parallelism() > 0 ? c.parallelism() : Runtime.getRuntime().availableProcessors();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, new Configuration());
    ClaimtrackJob.configure(env, c.withParallelism(parallelism));
    ClaimtrackJob.build(env, c);
    long t0 = System.nanoTime();
    JobClient job = env.executeAsync(ClaimtrackJob.name(c));
    Thread stop = new Thread(() -> {
      try {
        job.cancel().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        // the process is ending anyway
      }
    }, "claimtrack-stream-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      // the mini cluster shuts down as soon as the job ends: wait on the result, ask for counts only while it runs
      java.util.concurrent.CompletableFuture<JobExecutionResult> done = job.getJobExecutionResult();
      long next = System.nanoTime() + every.toNanos();
      while (!done.isDone()) {
        try {
          done.get(200, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          // still running
        }
        if (!done.isDone() && System.nanoTime() >= next) {
          next += every.toNanos();
          try {
            if (job.getJobStatus().get(5, TimeUnit.SECONDS) == JobStatus.RUNNING) {
              progress.accept(Summary.of(job.getAccumulators().get(5, TimeUnit.SECONDS), (System.nanoTime() - t0) / 1e9).line());
            }
          } catch (TimeoutException | ExecutionException e) {
            // counts are not available right now (the job is restarting or ending); say nothing
          }
        }
      }
      Summary s = Summary.of(done.get().getAllAccumulatorResults(), (System.nanoTime() - t0) / 1e9);
      if (ends != null) Topics.commit(c, ends);
      return s;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException e) {
        // shutting down: the hook runs
      }
    }
  }
}
