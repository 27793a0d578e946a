package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class LabelCueTest {

  @Test
  void aHeadlineNameThenAColon() {
    Hand h = Hand.doc().tagged("Kremlin/NNP@ORGANIZATION :/: talks/NNS with/IN Kyiv/NNP@LOCATION are/VBP/be over/RB");
    AttributionContext c = h.context();
    assertThat(new LabelCue().find(c, h.sentence(0), new BitSet())).singleElement().satisfies(a -> {
      assertThat(a.source().span().of(c.text)).isEqualTo("Kremlin");
      assertThat(a.cueSpan().of(c.text)).isEqualTo(":");
      assertThat(a.content().of(c.text)).isEqualTo("talks with Kyiv are over");
      assertThat(a.rule()).endsWith(":colon");
    });
  }

  @Test
  void aCommonNounBeforeAColonIsNotASpeaker() {
    Hand h = Hand.doc().tagged("The/DT reason/NN :/: costs/NNS rose/VBD/rise sharply/RB");
    assertThat(new LabelCue().find(h.context(), h.sentence(0), new BitSet())).isEmpty();
  }
}
