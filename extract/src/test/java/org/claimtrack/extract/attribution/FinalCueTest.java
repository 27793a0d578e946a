package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.claimtrack.domain.ClaimKind;
import org.junit.jupiter.api.Test;

class FinalCueTest {

  @Test
  void contentThenSourceThenCue() {
    Hand h = Hand.doc().tagged("About/RB 12,000/CD soldiers/NNS are/VBP in/IN Kursk/NNP@LOCATION ,/, the/DT Ukrainian/JJ@MISC"
        + " intelligence/NN service/NN reported/VBD/report ./.");
    AttributionContext c = h.context();
    BitSet used = new BitSet();
    var found = new FinalCue().find(c, h.sentence(0), used);
    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.source().span().of(c.text)).isEqualTo("the Ukrainian intelligence service");
      assertThat(a.content().of(c.text)).isEqualTo("About 12,000 soldiers are in Kursk");
      assertThat(a.cueSpan().of(c.text)).isEqualTo("reported");
      assertThat(a.kind()).isEqualTo(ClaimKind.REPORTED);
      assertThat(a.rule()).endsWith(":final-cue");
    });
    assertThat(used.get(found.get(0).cueHead())).isTrue();
  }

  @Test
  void invertedCueThenSource() {
    Hand h = Hand.doc().tagged("At/IN least/JJS 3,000/CD troops/NNS arrived/VBD/arrive ,/, said/VBD/say John/NNP@PERSON"
        + " Kirby/NNP@PERSON ./.");
    AttributionContext c = h.context();
    var found = new FinalCue().find(c, h.sentence(0), new BitSet());
    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.source().span().of(c.text)).isEqualTo("John Kirby");
      assertThat(a.content().of(c.text)).isEqualTo("At least 3,000 troops arrived");
    });
  }

  @Test
  void aQuoteBeforeTheCueMakesAQuoteClaim() {
    Hand h = Hand.doc().tagged("“/`` We/PRP will/MD not/RB stop/VB ,/, ”/'' Putin/NNP@PERSON told/VBD/tell the/DT"
        + " press/NN conference/NN ./.");
    AttributionContext c = h.context();
    var found = new FinalCue().find(c, h.sentence(0), new BitSet());
    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(ClaimKind.QUOTE);
      assertThat(a.content().of(c.text)).isEqualTo("“ We will not stop , ”");
      assertThat(a.cueSpan().of(c.text)).isEqualTo("told the press conference");
    });
  }

  @Test
  void aCueThatOpensAQuoteIsNotAFinalCue() {
    Hand h = Hand.doc().tagged("The/DT announcer/NN said/VBD/say ,/, “/`` It/PRP is/VBZ/be 3/CD a.m./RB ./. ”/''");
    assertThat(new FinalCue().find(h.context(), h.sentence(0), new BitSet())).isEmpty();
  }

  private static String invertedSource(String tokens) {
    Hand h = Hand.doc().tagged("At/IN least/JJS 3,000/CD troops/NNS arrived/VBD/arrive ,/, said/VBD/say " + tokens + " ./.");
    AttributionContext c = h.context();
    var found = new FinalCue().find(c, h.sentence(0), new BitSet());
    assertThat(found).hasSize(1);
    return found.get(0).source().span().of(c.text);
  }

  @Test
  void anInvertedSourceKeepsItsPartyAndStateAndApposition() {
    assertThat(invertedSource("Rep./NNP Joseph/NNP@PERSON Crowley/NNP@PERSON (/-LRB- D-N.Y./NNP )/-RRB- ,/, a/DT leading/VBG/lead"
        + " advocate/NN for/IN human/JJ rights/NNS"))
        .isEqualTo("Rep. Joseph Crowley ( D-N.Y. ) , a leading advocate for human rights");
    assertThat(invertedSource("Rep./NNP Elijah/NNP@PERSON Cummings/NNP@PERSON of/IN Maryland/NNP@LOCATION ,/, the/DT panel/NN"
        + " 's/POS ranking/VBG/rank Democrat/NNP"))
        .isEqualTo("Rep. Elijah Cummings of Maryland , the panel 's ranking Democrat");
  }

  @Test
  void anInvertedSourceEndsBeforeTheCircumstanceOfTheSaying() {
    assertThat(invertedSource("O'Neill/NNP@PERSON ,/, on/IN his/PRP$ first/JJ day/NN")).isEqualTo("O'Neill");
    assertThat(invertedSource("Cummings/NNP@PERSON ,/, the/DT top/JJ Democrat/NNP ,/, in/IN a/DT statement/NN"))
        .isEqualTo("Cummings , the top Democrat");
    assertThat(invertedSource("Donald/NNP@PERSON Tusk/NNP@PERSON ,/, summing/VBG/sum up/RP the/DT talks/NNS"))
        .isEqualTo("Donald Tusk");
  }

  @Test
  void anInvertedSourceLosesASecondAppositionButNotACommaInsideItsRelativeClause() {
    assertThat(invertedSource("Nick/NNP@PERSON Witney/NNP@PERSON ,/, a/DT fellow/NN who/WP ran/VBD/run the/DT Agency/NNP ,/,"
        + " an/DT institution/NN"))
        .isEqualTo("Nick Witney , a fellow who ran the Agency");
    assertThat(invertedSource("Don/NNP@PERSON Fowler/NNP@PERSON ,/, who/WP helmed/VBD/helm the/DT DNC/NNP ,/, during/IN"
        + " the/DT 1990s/NNS"))
        .isEqualTo("Don Fowler , who helmed the DNC , during the 1990s");
  }
}
