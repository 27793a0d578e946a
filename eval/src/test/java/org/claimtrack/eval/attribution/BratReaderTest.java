package org.claimtrack.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimtrack.domain.Span;
import org.junit.jupiter.api.Test;

class BratReaderTest {

  //                       0         1         2         3         4         5         6
  //                       0123456789012345678901234567890123456789012345678901234567890123
  private static final String TEXT = "\"We will win,\" the mayor said. \"Easily.\" Taxes rose, it is said.";

  private static String ann(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void readsAnEventWithDiscontinuousContentAndSkipsDiscuss() {
    String a = ann(
        "T1\tContent 0 14;31 40\t\"We will win,\" \"Easily.\"",
        "T2\tSource 15 24\tthe mayor",
        "T3\tCue 25 29\tsaid",
        "T4\tAttribution 25 29\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        "T5\tDiscuss 41 52\tTaxes rose,");
    BratReader.Annotations r = BratReader.parse("x.ann", a, TEXT);
    assertThat(r.skippedEvents()).isZero();
    assertThat(r.attributions()).hasSize(1);
    GoldAttribution g = r.attributions().get(0);
    assertThat(g.id()).isEqualTo("E1");
    assertThat(g.source()).isEqualTo(Extent.of(Span.of(15, 24)));
    assertThat(g.cue()).isEqualTo(Extent.of(Span.of(25, 29)));
    assertThat(g.content().fragments()).containsExactly(Span.of(0, 14), Span.of(31, 40));
    assertThat(g.content().cover()).isEqualTo(Span.of(0, 40));
  }

  @Test
  void noSourceEventsAndNumberedContentRoles() {
    String a = ann(
        "T1\tContent 41 51\tTaxes rose",
        "T2\tCue 59 63\tsaid",
        "T3\tAttribution-no-source 59 63\tsaid",
        "E1\tAttribution-no-source:T3 Cue:T2 Content:T1",
        "T4\tContent 0 14\t\"We will win,\"",
        "T5\tContent 31 40\t\"Easily.\"",
        "T6\tSource 15 24\tthe mayor",
        "T7\tCue 25 29\tsaid",
        "T8\tAttribution 25 29\tsaid",
        "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T4 Content2:T5");
    List<GoldAttribution> r = BratReader.parse("x.ann", a, TEXT).attributions();
    assertThat(r).hasSize(2);
    assertThat(r.get(0).hasSource()).isFalse();
    assertThat(r.get(0).cue().cover()).isEqualTo(Span.of(59, 63));
    assertThat(r.get(1).content().fragments()).containsExactly(Span.of(0, 14), Span.of(31, 40));
  }

  @Test
  void sourceArgumentDecidesEvenUnderANoSourceTrigger() {
    String a = ann(
        "T1\tContent 0 14\t\"We will win,\"",
        "T2\tSource 15 24\tthe mayor",
        "T3\tCue 25 29\tsaid",
        "T4\tAttribution-no-source 25 29\tsaid",
        "E1\tAttribution-no-source:T4 Source:T2 Cue:T3 Content:T1");
    assertThat(BratReader.parse("x.ann", a, TEXT).attributions().get(0).hasSource()).isTrue();
  }

  @Test
  void eventWithoutContentIsSkippedAndCounted() {
    String a = ann("T1\tAttribution-no-source 59 63\tsaid", "E1\tAttribution-no-source:T1 ");
    BratReader.Annotations r = BratReader.parse("x.ann", a, TEXT);
    assertThat(r.attributions()).isEmpty();
    assertThat(r.skippedEvents()).isEqualTo(1);
  }

  @Test
  void offsetsAreCodePoints() {
    String text = "\uD83D\uDE00 Bob said hi.";   // an emoji is 2 chars but 1 code point
    String a = ann(
        "T1\tSource 2 5\tBob",
        "T2\tCue 6 10\tsaid",
        "T3\tContent 11 13\thi",
        "T4\tAttribution 6 10\tsaid",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3");
    GoldAttribution g = BratReader.parse("x.ann", a, text).attributions().get(0);
    assertThat(g.source().cover().of(text)).isEqualTo("Bob");
    assertThat(g.content().cover().of(text)).isEqualTo("hi");
  }

  @Test
  void mismatchedTextFails() {
    String a = ann("T1\tSource 15 24\tthe major");
    assertThatThrownBy(() -> BratReader.parse("x.ann", a, TEXT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.ann line 1");
  }

  @Test
  void unknownRoleOrReferenceFails() {
    assertThatThrownBy(() -> BratReader.parse("x.ann",
        ann("T1\tContent 0 14\t\"We will win,\"", "T4\tAttribution 25 29\tsaid", "E1\tAttribution:T4 Topic:T1"), TEXT))
        .hasMessageContaining("unknown role");
    assertThatThrownBy(() -> BratReader.parse("x.ann",
        ann("T4\tAttribution 25 29\tsaid", "E1\tAttribution:T4 Content:T9"), TEXT))
        .hasMessageContaining("unknown id T9");
  }

  @Test
  void offsetsPastTheEndFail() {
    assertThatThrownBy(() -> BratReader.parse("x.ann", ann("T1\tSource 60 99\tx"), TEXT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
