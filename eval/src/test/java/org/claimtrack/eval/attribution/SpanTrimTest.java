package org.claimtrack.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimtrack.domain.Span;
import org.junit.jupiter.api.Test;

class SpanTrimTest {

  private static Span trim(String text) {
    return SpanTrim.trim(Span.of(0, text.length()), text);
  }

  @Test
  void stripsWhitespaceAndPunctuationAtBothEnds() {
    String t = " \u201CWe will win,\u201D ";
    Span s = trim(t);
    assertThat(s.of(t)).isEqualTo("We will win");
  }

  @Test
  void keepsInnerPunctuationAndOtherSymbols() {
    String t = "(up 5%, to $3.2 billion).";
    assertThat(trim(t).of(t)).isEqualTo("up 5%, to $3.2 billion");
  }

  @Test
  void noBreakSpaceAndDashesAreStripped() {
    String t = "\u00A0\u2014 the senator \u2013";
    assertThat(trim(t).of(t)).isEqualTo("the senator");
  }

  @Test
  void allPunctuationIsTrimmedOfWhitespaceOnly() {
    String t = "he said : yes";
    assertThat(SpanTrim.trim(Span.of(7, 10), t)).isEqualTo(Span.of(8, 9));
    String u = "a \u2015 b";
    assertThat(SpanTrim.trim(Span.of(1, 4), u).of(u)).isEqualTo("\u2015");
  }

  @Test
  void allWhitespaceTrimsToEmpty() {
    assertThat(SpanTrim.trim(Span.of(1, 4), "a   b").isEmpty()).isTrue();
  }

  @Test
  void rejectsSpanOutsideText() {
    assertThatThrownBy(() -> SpanTrim.trim(Span.of(0, 5), "abc")).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
