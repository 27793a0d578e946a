package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.claimtrack.domain.ClaimKind;
import org.junit.jupiter.api.Test;

class QuoteThenCueTest {

  @Test
  void aQuoteFollowedByItsSpeakerAndMoreOfTheSentence() {
    Hand h = Hand.doc().tagged("“/`` Who/WP would/MD have/VB believed/VBN/believe it/PRP ?/. ”/'' Trump/NNP@PERSON"
        + " said/VBD/say ,/, looking/VBG/look out/RP ./.");
    AttributionContext c = h.context();
    var found = new QuoteThenCue().find(c, h.sentence(0), new BitSet());
    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(ClaimKind.QUOTE);
      assertThat(a.source().span().of(c.text)).isEqualTo("Trump");
      assertThat(a.content().of(c.text)).startsWith("“ Who").endsWith("? ”");
    });
  }

  @Test
  void cueBeforeSourceAfterTheQuote() {
    Hand h = Hand.doc().tagged("“/`` The/DT deal/NN is/VBZ/be done/VBN ,/, ”/'' said/VBD/say the/DT minister/NN ./.");
    AttributionContext c = h.context();
    var found = new QuoteThenCue().find(c, h.sentence(0), new BitSet());
    assertThat(found).singleElement().satisfies(a -> assertThat(a.source().span().of(c.text)).isEqualTo("the minister"));
  }

  @Test
  void aQuoteInsideTheSentenceIsNotThisShape() {
    Hand h = Hand.doc().tagged("He/PRP called/VBD/call it/PRP “/`` a/DT disaster/NN ”/'' on/IN Monday/NNP ./.");
    assertThat(new QuoteThenCue().find(h.context(), h.sentence(0), new BitSet())).isEmpty();
  }
}
