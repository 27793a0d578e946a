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

  private static String source(String tokens) {
    Hand h = Hand.doc().tagged(tokens);
    AttributionContext c = h.context();
    var found = new ParticipleCue().find(c, h.sentence(0), new BitSet());
    assertThat(found).hasSize(1);
    return found.get(0).source().span().of(c.text);
  }

  @Test
  void theSubjectKeepsWhatItIsOfWhatItIsListedWithAndItsPartyAndState() {
    Hand group = Hand.doc().parsed("A/DT group/NN of/IN doctors/NNS wrote/VBD/write a/DT letter/NN ,/, calling/VBG/call"
        + " for/IN a/DT new/JJ test/NN ./.",
        "det(group-2, A-1) nsubj(wrote-5, group-2) case(doctors-4, of-3) nmod(group-2, doctors-4) root(ROOT-0, wrote-5)"
            + " det(letter-7, a-6) obj(wrote-5, letter-7) punct(wrote-5, ,-8) advcl(wrote-5, calling-9) case(test-13, for-10)"
            + " det(test-13, a-11) amod(test-13, new-12) obl(calling-9, test-13) punct(wrote-5, .-14)");
    AttributionContext c = group.context();
    assertThat(new ParticipleCue().find(c, group.sentence(0), new BitSet())).singleElement()
        .satisfies(a -> assertThat(a.source().span().of(c.text)).isEqualTo("A group of doctors"));
    assertThat(source("The/DT Times/NNP@ORGANIZATION and/CC the/DT Gannett/NNP@ORGANIZATION chain/NN sued/VBD/sue ,/,"
        + " arguing/VBG/argue the/DT files/NNS are/VBP/be public/JJ ./.")).isEqualTo("The Times and the Gannett chain");
    assertThat(source("Sen./NNP David/NNP@PERSON Perdue/NNP@PERSON (/-LRB- R-Ga./NNP )/-RRB- spoke/VBD/speak ,/,"
        + " arguing/VBG/argue the/DT plan/NN fails/VBZ/fail ./.")).isEqualTo("Sen. David Perdue ( R-Ga. )");
  }

  @Test
  void aSecondClauseEndsTheSubject() {
    assertThat(source("Trump/NNP@PERSON and/CC has/VBZ/have aides/NNS ,/, telling/VBG/tell them/PRP the/DT plan/NN"
        + " fails/VBZ/fail ./.")).isEqualTo("Trump");
  }
}
