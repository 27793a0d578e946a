package org.claimtrack.stream;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;

/**
 * One stage's metrics in Flink's metrics system, under the operator's group and {@code
 * claimtrack}: {@code <stage>Records} (records in), {@code <stage>Millis} (time per record, a
 * histogram over the last 1,000) — so every reporter (JMX, Prometheus, the web UI) shows where
 * the time goes.
 */
final class StageMetrics {
  private final Counter records;
  private final Histogram millis;

  StageMetrics(MetricGroup operator, String stage) {
    MetricGroup g = group(operator);
    records = g.counter(stage + "Records");
    millis = g.histogram(stage + "Millis", new DescriptiveStatisticsHistogram(1000));
  }

  static MetricGroup group(MetricGroup operator) {
    return operator.addGroup("claimtrack");
  }

  /** Counts one record and its time, from {@code startNanos} to now; returns the milliseconds. */
  long done(long startNanos) {
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    records.inc();
    millis.update(ms);
    return ms;
  }
}
