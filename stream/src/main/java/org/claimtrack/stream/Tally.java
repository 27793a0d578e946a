package org.claimtrack.stream;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.metrics.Counter;

/**
 * One count the job keeps for people: a metric ({@code claimtrack.<name>}, live) and an
 * accumulator of the same name (the run's total, which {@code claimtrack stream} prints at the
 * end).
 */
final class Tally {
  /** Articles stored in the ledger. */
  static final String STORED = "stored";
  /** Articles the ledger had already (a replay, or stored by another run). */
  static final String UNCHANGED = "unchanged";
  /** Records sent to the dead-letter topic. */
  static final String DEAD_LETTERS = "deadLetters";
  static final String SKIPPED_LANGUAGE = "skippedLanguage";
  static final String SKIPPED_DUPLICATE = "skippedDuplicate";
  static final String SKIPPED_NEAR_DUPLICATE = "skippedNearDuplicate";
  static final String SKIPPED_IN_LEDGER = "skippedInLedger";

  private final Counter metric;
  private final LongCounter total;

  Tally(RuntimeContext ctx, String name) {
    metric = StageMetrics.group(ctx.getMetricGroup()).counter(name);
    total = ctx.getLongCounter(name);
  }

  /** The live metric. */
  Counter metric() {
    return metric;
  }

  void add() {
    metric.inc();
    total.add(1);
  }
}
