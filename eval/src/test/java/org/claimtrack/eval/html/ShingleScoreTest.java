package org.claimtrack.eval.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

  @Test
  void wordsAreRunsOfPythonWordChars() {
    assertThat(ShingleScore.words("Don't stop—it's 4.2% of $1,000 snake_case!"))
        .containsExactly("Don", "t", "stop", "it", "s", "4", "2", "of", "1", "000", "snake_case");
    assertThat(ShingleScore.words("Über 東京 ½ Ⅻ 😀 café")).containsExactly("Über", "東京", "½", "Ⅻ", "café");
    // a combining mark is not a word char in Python: "e\u0301" splits
    assertThat(ShingleScore.words("cafe\u0301 ok")).containsExactly("cafe", "ok");
    assertThat(ShingleScore.words("")).isEmpty();
  }

  @Test
  void shinglesAreFourWordRunsCountedAsAMultiset() {
    assertThat(ShingleScore.shingles("a b c d a b c d")).containsEntry(List.of("a", "b", "c", "d"), 2).hasSize(4);
    assertThat(ShingleScore.shingles("one two")).containsOnlyKeys(List.of(List.of("one", "two")));
    assertThat(ShingleScore.shingles("...")).isEmpty();
  }

  @Test
  void perPageCountsAreNormalized() {
    // truth: 5 words -> 2 shingles; prediction adds one word -> 3 shingles, 2 shared
    ShingleScore.Page p = ShingleScore.page("a b c d e", "a b c d e f");
    assertThat(p.tp()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(p.fp()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(p.fn()).isZero();
    assertThat(p.precision()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(p.recall()).isEqualTo(1.0);
  }

  @Test
  void caseMatters() {
    assertThat(ShingleScore.page("The Cat sat down", "the cat sat down").tp()).isZero();
  }

  @Test
  void emptyPredictionCountsForRecallOnly() {
    List<ShingleScore.Page> pages = List.of(ShingleScore.page("a b c d e", "a b c d e"), ShingleScore.page("a b c d", ""));
    ShingleScore.Totals t = ShingleScore.totals(pages);
    assertThat(t.predictedPages()).isEqualTo(1);
    assertThat(t.precision()).isEqualTo(1.0);
    assertThat(t.recall()).isEqualTo(0.5);
    assertThat(t.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
  }

  @Test
  void bothEmptyIsNeitherPredictedNorTrue() {
    ShingleScore.Page p = ShingleScore.page("", "");
    assertThat(p.predicted()).isFalse();
    assertThat(p.hasTruth()).isFalse();
    assertThat(p.precision()).isEqualTo(1.0);
  }

  @Test
  void exactMatchComparesWordSequences() {
    assertThat(ShingleScore.exact("Hello, world!", "Hello world")).isTrue();
    assertThat(ShingleScore.exact("Hello world", "world Hello")).isFalse();
  }
}
