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

  @Test
  void basedOnADocumentNamesItsSource() {
    Hand h = Hand.doc().tagged("The/DT deficit/NN reached/VBD/reach $/$ 3/CD trillion/CD ,/, based/VBN/base on/IN data/NNS/datum"
        + " compiled/VBN/compile by/IN the/DT Treasury/NNP@ORGANIZATION ./.");
    AttributionContext c = h.context();
    assertThat(new AccordingTo().find(c, h.sentence(0), new BitSet())).singleElement().satisfies(a -> {
      assertThat(a.source().span().of(c.text)).isEqualTo("data compiled by the Treasury");
      assertThat(a.content().of(c.text)).isEqualTo("The deficit reached $ 3 trillion");
    });
  }

  @Test
  void basedOnSomethingThatIsNoDocumentIsNoSource() {
    Hand h = Hand.doc().tagged("The/DT film/NN ,/, based/VBN/base on/IN a/DT novel/NN ,/, earned/VBD/earn $/$ 3/CD million/CD ./.");
    assertThat(new AccordingTo().find(h.context(), h.sentence(0), new BitSet())).isEmpty();
  }

  private static String source(String tokens) {
    Hand h = Hand.doc().tagged(tokens);
    AttributionContext c = h.context();
    var found = new AccordingTo().find(c, h.sentence(0), new BitSet());
    assertThat(found).hasSize(1);
    return found.get(0).source().span().of(c.text);
  }

  @Test
  void aClosingSourceKeepsItsApposition() {
    assertThat(source("Taxes/NNS rise/VBP ,/, according/VBG/accord to/TO an/DT analysis/NN by/IN Lily/NNP@PERSON Batchelder/NNP@PERSON"
        + " ,/, a/DT former/JJ tax/NN aide/NN now/RB teaching/VBG/teach at/IN NYU/NNP ,/, whose/WP$ conclusions/NNS were/VBD/be"
        + " seconded/VBN/second ./."))
        .isEqualTo("an analysis by Lily Batchelder , a former tax aide now teaching at NYU");
    assertThat(source("Taxes/NNS rise/VBP ,/, according/VBG/accord to/TO officials/NNS ,/, the/DT ministry/NN ./."))
        .isEqualTo("officials , the ministry");
  }

  @Test
  void aClauseAfterTheSourcesCommaIsNoApposition() {
    Hand h = Hand.doc().tagged("Prices/NNS fell/VBD/fall ,/, according/VBG/accord to/TO officials/NNS ,/, and/CC 40/CD people/NNS"
        + " died/VBD/die ./.");
    AttributionContext c = h.context();
    assertThat(new AccordingTo().find(c, h.sentence(0), new BitSet())).singleElement()
        .satisfies(a -> assertThat(a.source().span().of(c.text)).isEqualTo("officials"));
  }

  @Test
  void aCapitalizedVerbIsPartOfTheSourcesName() {
    assertThat(source("Thousands/NNS marched/VBD/march ,/, according/VBG/accord to/TO the/DT Alliance/NNP to/TO Reclaim/VB"
        + " Our/PRP$ Schools/NNS ./.")).isEqualTo("the Alliance to Reclaim Our Schools");
  }
}
