package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.claimtrack.domain.ClaimKind;
import org.junit.jupiter.api.Test;

class DocumentSubjectTest {

  @Test
  void aPossessedForecastThatIncludesFigures() {
    Hand h = Hand.doc().tagged("AccuWeather/NNP@ORGANIZATION 's/POS forecast/NN for/IN 2020/CD includes/VBZ/include"
        + " 14/CD to/TO 18/CD named/VBN/name storms/NNS/storm ./.");
    AttributionContext c = h.context();
    BitSet used = new BitSet();
    assertThat(new DocumentSubject().find(c, h.sentence(0), used)).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(ClaimKind.REPORTED);
      assertThat(a.source().span().of(c.text)).isEqualTo("AccuWeather 's forecast for 2020");
      assertThat(a.cueSpan().of(c.text)).isEqualTo("includes");
      assertThat(a.content().of(c.text)).isEqualTo("14 to 18 named storms");
    });
    assertThat(used.get(5)).as("the verb is taken").isTrue();
  }

  @Test
  void aReleasedPollThatShowsAfterAnOpener() {
    Hand h = Hand.doc().tagged("On/IN Friday/NNP@DATE ,/, a/DT Gallup/NNP@ORGANIZATION poll/NN released/VBN/release"
        + " Thursday/NNP@DATE showed/VBD/show that/IN approval/NN fell/VBD/fall to/TO 13/CD %/NN ./.");
    AttributionContext c = h.context();
    assertThat(new DocumentSubject().find(c, h.sentence(0), new BitSet())).singleElement().satisfies(a -> {
      assertThat(a.source().span().of(c.text)).isEqualTo("a Gallup poll released Thursday");
      assertThat(a.content().of(c.text)).isEqualTo("approval fell to 13 %");
    });
  }

  @Test
  void aModalBeforeTheVerbIsPartOfTheCue() {
    Hand h = Hand.doc().tagged("The/DT data/NNS/datum could/MD suggest/VB fewer/JJR than/IN 40/CD cases/NNS/case ./.");
    AttributionContext c = h.context();
    assertThat(new DocumentSubject().find(c, h.sentence(0), new BitSet())).singleElement()
        .satisfies(a -> assertThat(a.cueSpan().of(c.text)).isEqualTo("could suggest"));
  }

  @Test
  void aPersonAsSubjectIsNoDocument() {
    Hand h = Hand.doc().tagged("The/DT minister/NN showed/VBD/show reporters/NNS/reporter 40/CD new/JJ buses/NNS/bus ./.");
    assertThat(new DocumentSubject().find(h.context(), h.sentence(0), new BitSet())).isEmpty();
  }

  @Test
  void aVerbAlreadyTakenOrInsideAQuoteIsLeft() {
    Hand h = Hand.doc().tagged("The/DT report/NN shows/VBZ/show 40/CD people/NNS/people died/VBD/die ./.");
    BitSet used = new BitSet();
    used.set(2);
    assertThat(new DocumentSubject().find(h.context(), h.sentence(0), used)).isEmpty();

    Hand q = Hand.doc().tagged("``/`` The/DT report/NN shows/VBZ/show 40/CD people/NNS/people died/VBD/die ,/, ''/'' he/PRP said/VBD/say ./.");
    assertThat(new DocumentSubject().find(q.context(), q.sentence(0), new BitSet())).isEmpty();
  }
}
