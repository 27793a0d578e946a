package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class ParticipleCueTest {

  @Test
  void theParticiplesSourceIsTheClausesSubject() {
    Hand h = Hand.doc().tagged("Zelensky/NNP@PERSON spoke/VBD/speak on/IN Tuesday/NNP ,/, saying/VBG/say 11,000/CD"
        + " troops/NNS had/VBD/have arrived/VBN/arrive ./.");
    AttributionContext c = h.context();
    BitSet used = new BitSet();
    assertThat(new ParticipleCue().find(c, h.sentence(0), used)).singleElement().satisfies(a -> {
      assertThat(a.source().span().of(c.text)).isEqualTo("Zelensky");
      assertThat(a.content().of(c.text)).isEqualTo("11,000 troops had arrived");
    });
    assertThat(used.get(5)).isTrue();
  }
}
