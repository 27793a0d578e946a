package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class TrailingLabelTest {

  @Test
  void aHeadlineEndingInColonAndAnAcronym() {
    Hand h = Hand.doc().tagged("Over/IN 230,000/CD people/NNS/people flee/VBP Idlib/NNP@LOCATION during/IN offensive/NN :/: UN/NNP@ORGANIZATION");
    AttributionContext c = h.context();
    assertThat(new TrailingLabel().find(c, h.sentence(0), new BitSet())).singleElement().satisfies(a -> {
      assertThat(a.source().span().of(c.text)).isEqualTo("UN");
      assertThat(a.cueSpan().of(c.text)).isEqualTo(":");
      assertThat(a.content().of(c.text)).isEqualTo("Over 230,000 people flee Idlib during offensive");
    });
  }

  @Test
  void aColonFollowedByLowerCaseWordsIsNoLabel() {
    Hand h = Hand.doc().tagged("Prices/NNS/price rose/VBD/rise 4/CD %/NN :/: economists/NNS/economist worry/VBP");
    assertThat(new TrailingLabel().find(h.context(), h.sentence(0), new BitSet())).isEmpty();
  }

  @Test
  void aLabelOfMoreThanFourWordsOrAShortHeadIsNoLabel() {
    Hand far = Hand.doc().tagged("Talks/NNS/talk are/VBP/be over/RB :/: The/DT Big/NNP Long/NNP Name/NNP Of/NNP Things/NNPS");
    assertThat(new TrailingLabel().find(far.context(), far.sentence(0), new BitSet())).isEmpty();
    Hand shortHead = Hand.doc().tagged("Over/RB :/: Kremlin/NNP@ORGANIZATION");
    assertThat(new TrailingLabel().find(shortHead.context(), shortHead.sentence(0), new BitSet())).isEmpty();
  }
}
