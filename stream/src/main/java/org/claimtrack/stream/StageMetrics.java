package org.claimtrack.stream;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;

/**
 * One stage's cost, in Flink's metrics system under the operator's group and {@code claimtrack}:
 * {@code <stage>Records} (records in) and {@code <stage>Micros} (time per record, a histogram over
 * the last 1,000), so that every reporter (JMX, Prometheus, the web UI) shows where the time goes;
 * and as accumulators of the same names (the run's totals, which the benchmark reads).
 */
final class StageMetrics {
  private final Counter records;
  private final Histogram micros;
  private final LongCounter totalRecords;
  private final LongCounter totalMicros;

  StageMetrics(RuntimeContext ctx, String stage) {
    MetricGroup g = group(ctx.getMetricGroup());
    records = g.counter(stage + "Records");
    micros = g.histogram(stage + "Micros", new DescriptiveStatisticsHistogram(1000));
    totalRecords = ctx.getLongCounter(stage + "Records");
    totalMicros = ctx.getLongCounter(stage + "Micros");
  }

  static MetricGroup group(MetricGroup operator) {
    return operator.addGroup("claimtrack");
  }

  /** Counts one record and its time, from {@code startNanos} to now; returns the milliseconds. */
  long done(long startNanos) {
    long us = (System.nanoTime() - startNanos) / 1_000;
    records.inc();
    micros.update(us);
    totalRecords.add(1);
    totalMicros.add(us);
    return us / 1000;
  }
}
