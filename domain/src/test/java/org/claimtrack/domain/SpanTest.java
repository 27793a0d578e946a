package org.claimtrack.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejectsNegativeStartAndBackwardsEnd() {
    assertThatThrownBy(() -> new Span(-1, 3)).hasMessageContaining("start must be non-negative");
    assertThatThrownBy(() -> new Span(5, 4)).hasMessageContaining("end must be >= start");
  }

  @Test
  void coversTextAndRefusesToRunPastIt() {
    Span s = new Span(4, 9);
    assertThat(s.of("The quick fox")).isEqualTo("quick");
    assertThatThrownBy(() -> new Span(10, 20).of("short")).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void overlapIsSymmetricAndCountsSharedChars() {
    Span a = new Span(0, 10);
    Span b = new Span(5, 15);
    assertThat(a.overlaps(b)).isTrue();
    assertThat(a.overlap(b)).isEqualTo(5);
    assertThat(new Span(0, 5).overlaps(new Span(5, 9))).isFalse();
  }

  @Property
  void unionContainsBoth(@ForAll @IntRange(max = 1000) int a, @ForAll @IntRange(max = 1000) int la,
      @ForAll @IntRange(max = 1000) int b, @ForAll @IntRange(max = 1000) int lb) {
    Span x = new Span(a, a + la);
    Span y = new Span(b, b + lb);
    Span u = x.union(y);
    assertThat(u.contains(x)).isTrue();
    assertThat(u.contains(y)).isTrue();
    assertThat(x.overlap(y)).isEqualTo(y.overlap(x)).isLessThanOrEqualTo(Math.min(x.length(), y.length()));
  }
}
