package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.claimtrack.domain.ClaimKind;
import org.junit.jupiter.api.Test;

class AccordingToTest {

  @Test
  void openingAccordingTo() {
    Hand h = Hand.doc().tagged("According/VBG/accord to/TO the/DT ministry/NN ,/, 40/CD people/NNS died/VBD/die ./.");
    AttributionContext c = h.context();
    BitSet used = new BitSet();
    assertThat(new AccordingTo().find(c, h.sentence(0), used)).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(ClaimKind.ACCORDING_TO);
      assertThat(a.source().span().of(c.text)).isEqualTo("the ministry");
      assertThat(a.content().of(c.text)).isEqualTo("40 people died");
    });
    assertThat(used.get(0)).isTrue();
  }

  @Test
  void closingAccordingTo() {
    Hand h = Hand.doc().tagged("40/CD people/NNS died/VBD/die ,/, according/VBG/accord to/TO officials/NNS ./.");
    AttributionContext c = h.context();
    assertThat(new AccordingTo().find(c, h.sentence(0), new BitSet())).singleElement().satisfies(a -> {
      assertThat(a.source().span().of(c.text)).isEqualTo("officials");
      assertThat(a.content().of(c.text)).isEqualTo("40 people died");
    });
  }
}
