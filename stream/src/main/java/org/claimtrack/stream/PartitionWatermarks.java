package org.claimtrack.stream;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.util.clock.RelativeClock;

/**
 * One Kafka partition's watermarks: the largest record timestamp read so far (less one, as for
 * monotonous timestamps) while records come; once the partition has had nothing new for {@code
 * idle}, the wall clock less {@code idle}.
 *
 * <p>Flink's own idleness ({@code withIdleness}) only takes an idle partition out of the minimum;
 * when every partition is idle, nothing advances the watermark, so the newest record of a quiet
 * topic waited in the copy filters until another article came, however long that was. Here a quiet
 * partition says "nothing older than {@code idle} ago is still to come", which holds for records
 * stamped when published (Kafka's CreateTime, what {@code claimtrack publish} and other producers
 * give by default) and read by a job that keeps up: the newest article is taken about {@code idle}
 * after it was read. A record that still comes with an older stamp (a producer's clock far behind
 * this machine's, a producer that sets old stamps) is late, and the copy filters take late records
 * at once, out of timestamp order: nothing is lost or held.
 *
 * <p>Idleness is measured on the source's input-activity clock, which stands still while the job is
 * backpressured: a partition with a backlog that the job cannot take yet is not idle.
 */
final class PartitionWatermarks<T> implements WatermarkGenerator<T> {
  private final long idleMillis;
  private final RelativeClock activity;
  private final LongSupplier wallClock;
  private long maxTimestamp = Long.MIN_VALUE;
  private long lastRecordAt;
  private long emitted = Long.MIN_VALUE;

  PartitionWatermarks(Duration idle, RelativeClock activity, LongSupplier wallClock) {
    if (idle.isNegative() || idle.isZero()) throw new IllegalArgumentException("idle must be positive: " + idle);
    this.idleMillis = idle.toMillis();
    this.activity = activity;
    this.wallClock = wallClock;
    this.lastRecordAt = activity.relativeTimeMillis();
  }

  @Override
  public void onEvent(T record, long timestamp, WatermarkOutput out) {
    maxTimestamp = Math.max(maxTimestamp, timestamp);
    lastRecordAt = activity.relativeTimeMillis();
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput out) {
    long w = maxTimestamp == Long.MIN_VALUE ? Long.MIN_VALUE : maxTimestamp - 1;
    if (activity.relativeTimeMillis() - lastRecordAt >= idleMillis) w = Math.max(w, wallClock.getAsLong() - idleMillis);
    if (w > emitted) {
      emitted = w;
      out.emitWatermark(new Watermark(w));
    }
  }
}
