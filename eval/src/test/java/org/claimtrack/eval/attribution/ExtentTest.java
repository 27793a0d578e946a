package org.claimtrack.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimtrack.domain.Span;
import org.junit.jupiter.api.Test;

class ExtentTest {

  @Test
  void fragmentsAreSortedAndMerged() {
    Extent e = new Extent(List.of(Span.of(20, 30), Span.of(0, 5), Span.of(4, 8), Span.of(8, 10)));
    assertThat(e.fragments()).containsExactly(Span.of(0, 10), Span.of(20, 30));
    assertThat(e.cover()).isEqualTo(Span.of(0, 30));
    assertThat(e.isDiscontinuous()).isTrue();
  }

  @Test
  void overlapCountsOnlyCharsInFragments() {
    Extent e = new Extent(List.of(Span.of(0, 10), Span.of(20, 30)));
    assertThat(e.overlap(Span.of(12, 18))).isZero();
    assertThat(e.overlap(Span.of(5, 25))).isEqualTo(10);
  }

  @Test
  void needsAFragment() {
    assertThatThrownBy(() -> new Extent(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
