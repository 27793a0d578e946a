package org.claimtrack.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.util.clock.RelativeClock;
import org.junit.jupiter.api.Test;

class PartitionWatermarksTest {
  long activity; // the input-activity clock, ms
  long wall = 1_700_000_000_000L; // the wall clock, ms since the epoch
  final List<Long> emitted = new ArrayList<>();
  final WatermarkOutput out = new WatermarkOutput() {
    @Override
    public void emitWatermark(Watermark w) {
      emitted.add(w.getTimestamp());
    }

    @Override
    public void markIdle() {
      throw new AssertionError("a partition is never marked idle: its clock goes on instead");
    }

    @Override
    public void markActive() {}
  };
  final RelativeClock activityClock = new RelativeClock() {
    @Override
    public long relativeTimeMillis() {
      return activity;
    }

    @Override
    public long relativeTimeNanos() {
      return activity * 1_000_000;
    }
  };
  final PartitionWatermarks<String> w = new PartitionWatermarks<>(Duration.ofSeconds(2), activityClock, () -> wall);

  void pass(long ms) {
    activity += ms;
    wall += ms;
  }

  @Test
  void whileRecordsComeTheWatermarkIsJustBelowTheNewestStamp() {
    long t0 = wall;
    w.onEvent("a", t0 - 5_000, out);
    w.onEvent("b", t0 - 4_000, out);
    w.onPeriodicEmit(out);
    pass(1_000);
    w.onEvent("c", t0 - 4_500, out); // an older stamp does not move it back
    w.onPeriodicEmit(out);
    assertThat(emitted).containsExactly(t0 - 4_000 - 1);
  }

  @Test
  void aQuietPartitionFollowsTheClockSoTheNewestRecordIsNotHeldForever() {
    long stamp = wall;
    w.onEvent("newest", stamp, out);
    w.onPeriodicEmit(out);
    assertThat(emitted).containsExactly(stamp - 1);
    pass(1_999);
    w.onPeriodicEmit(out);
    assertThat(emitted).as("not yet idle").containsExactly(stamp - 1);
    pass(1);
    w.onPeriodicEmit(out);
    assertThat(emitted).last().isEqualTo(stamp); // the newest record is now due
    pass(10_000);
    w.onPeriodicEmit(out);
    assertThat(emitted).last().isEqualTo(wall - 2_000);
  }

  @Test
  void aPartitionThatNeverHadARecordFollowsTheClockOnceIdle() {
    w.onPeriodicEmit(out);
    assertThat(emitted).isEmpty();
    pass(2_000);
    w.onPeriodicEmit(out);
    assertThat(emitted).containsExactly(wall - 2_000);
  }

  @Test
  void aBackpressuredPartitionIsNotIdle() {
    w.onEvent("x", wall - 60_000, out);
    wall += 30_000; // the activity clock stands still while the job cannot take more
    w.onPeriodicEmit(out);
    assertThat(emitted).containsExactly(wall - 30_000 - 60_000 - 1);
  }

  @Test
  void watermarksNeverGoBackAndAreNotRepeated() {
    w.onEvent("a", wall, out);
    pass(5_000);
    w.onPeriodicEmit(out);
    long idle = emitted.get(0);
    w.onEvent("late", wall - 60_000, out); // a late record makes the partition active again
    w.onPeriodicEmit(out);
    w.onPeriodicEmit(out);
    assertThat(emitted).containsExactly(idle);
  }

  @Test
  void idleMustBePositive() {
    assertThatThrownBy(() -> new PartitionWatermarks<>(Duration.ZERO, activityClock, () -> 0L))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
