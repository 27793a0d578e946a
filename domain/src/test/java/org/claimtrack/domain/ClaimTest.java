package org.claimtrack.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final Provenance P = new Provenance("abc", 0, List.of("attribution.v1"), "test");

  @Test
  void authorialClaimsHaveNoSourceOrCueSpans() {
    assertThatThrownBy(() -> new Claim("id", ClaimKind.AUTHORIAL, Source.author("CNN"), new Span(0, 3), null, null,
        "text", new Span(0, 4), null, null, false, List.of(), List.of(), P))
        .hasMessageContaining("authorial");
  }

  @Test
  void cueAndCueSpanGoTogether() {
    assertThatThrownBy(() -> new Claim("id", ClaimKind.REPORTED, new Source("X", SourceType.PERSON, null, null),
        new Span(0, 1), "said", null, "text", new Span(0, 4), null, null, false, List.of(), List.of(), P))
        .hasMessageContaining("cue and cueSpan");
  }

  @Test
  void hedgedMeansHedgesAreListed() {
    assertThatThrownBy(() -> new Claim("id", ClaimKind.REPORTED, new Source("X", SourceType.PERSON, null, null),
        null, null, null, "text", new Span(0, 4), null, null, true, List.of(), List.of(), P))
        .hasMessageContaining("hedged");
  }

  @Test
  void quantityIntervalsAreOrdered() {
    assertThatThrownBy(() -> new Quantity("5 to 3", new Span(0, 6), BigDecimal.valueOf(5), BigDecimal.valueOf(3),
        Qualifier.RANGE, null, null)).hasMessageContaining("low 5 > high 3");
    assertThatThrownBy(() -> new Quantity("x", new Span(0, 1), null, null, Qualifier.EXACT, null, null))
        .hasMessageContaining("at least one bound");
  }

  @Test
  void qualifiersKnowWhetherTheirBoundIsIncluded() {
    assertThat(Qualifier.MORE_THAN.lowInclusive()).isFalse();
    assertThat(Qualifier.AT_LEAST.lowInclusive()).isTrue();
    assertThat(Qualifier.LESS_THAN.highInclusive()).isFalse();
    assertThat(Qualifier.UP_TO.highInclusive()).isTrue();
  }

  @Test
  void problemsAreOneLine() {
    assertThatThrownBy(() -> new Problem("f.txt", Problem.Code.EMPTY, "two\nlines")).hasMessageContaining("one line");
    assertThat(new Problem("f.txt", Problem.Code.EMPTY, "empty").line()).isEqualTo("f.txt: empty");
  }
}
