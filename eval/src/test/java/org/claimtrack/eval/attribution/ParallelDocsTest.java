package org.claimtrack.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelDocsTest {

  @Test
  void keepsOrderWhateverTheThreadCount() {
    List<Integer> items = IntStream.range(0, 50).boxed().toList();
    List<Integer> one = ParallelDocs.mapInOrder(items, 1, i -> i * i);
    List<Integer> four = ParallelDocs.mapInOrder(items, 4, i -> {
      if (i % 7 == 0) {
        Thread.onSpinWait();
      }
      return i * i;
    });
    assertThat(four).isEqualTo(one);
    assertThat(one.get(7)).isEqualTo(49);
  }

  @Test
  void rethrowsFailures() {
    assertThatThrownBy(() -> ParallelDocs.mapInOrder(List.of(1, 2, 3), 2, i -> {
      if (i == 2) {
        throw new IllegalStateException("boom " + i);
      }
      return i;
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom 2");
  }

  @Test
  void rejectsZeroThreads() {
    assertThatThrownBy(() -> ParallelDocs.mapInOrder(List.of(1), 0, i -> i))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
