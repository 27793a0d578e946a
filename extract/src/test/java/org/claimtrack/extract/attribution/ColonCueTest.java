package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.claimtrack.domain.ClaimKind;
import org.junit.jupiter.api.Test;

/** {@code colon-cue}: "SOURCE CUE:" closing its paragraph, the next paragraph said. */
class ColonCueTest {

  @Test
  void theNextParagraphIsTheContent() {
    Hand h = Hand.doc().tagged("The/DT Times/NNP@ORGANIZATION reports/VBZ/report :/:").paragraph()
        .tagged("\"/`` Just/RB 24/CD percent/NN gave/VBD/give ./. \"/''");
    List<Attribution> out = new ColonCue().find(h.context(), h.sentence(0), new BitSet());
    String text = h.build().text();
    assertThat(out).hasSize(1);
    assertThat(out.get(0).source().span().of(text)).isEqualTo("The Times");
    assertThat(out.get(0).content().of(text)).isEqualTo("\" Just 24 percent gave . \"");
    assertThat(out.get(0).kind()).isEqualTo(ClaimKind.QUOTE);
  }

  @Test
  void aColonInsideItsParagraphIsNotThisRule() {
    Hand h = Hand.doc().tagged("He/PRP said/VBD/say :/:").tagged("Prices/NNS rose/VBD/rise sharply/RB ./.");
    assertThat(new ColonCue().find(h.context(), h.sentence(0), new BitSet())).isEmpty();
  }
}
