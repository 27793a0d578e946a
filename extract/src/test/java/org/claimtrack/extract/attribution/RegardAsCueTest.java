package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Rule {@code regard-as}: "who saw the comment as a dig", "Trump is casting himself as a champion". */
class RegardAsCueTest {

  @Test
  void seeingSomethingAsSomethingIsAView() {
    Hand h = Hand.doc().parsed("Flynn/NNP@PERSON saw/VBD/see the/DT comment/NN as/IN a/DT dig/NN ./.",
        "nsubj(saw-2, Flynn-1) root(ROOT-0, saw-2) det(comment-4, the-3) obj(saw-2, comment-4) case(dig-7, as-5)"
            + " det(dig-7, a-6) obl(saw-2, dig-7) punct(saw-2, .-8)");
    Sentence s = h.sentence(0);
    assertThat(RegardAsCue.candidate(s, s.token(1))).isTrue();
    Attribution a = RegardAsCue.find(h.context(), s, s.graph(), 1);
    String text = h.build().text();
    assertThat(a.rule()).endsWith(":regard-as");
    assertThat(a.source().span().of(text)).isEqualTo("Flynn");
    assertThat(a.cueSpan().of(text)).isEqualTo("saw");
    assertThat(a.content().of(text)).isEqualTo("the comment as a dig");
  }

  @Test
  void seeingSomeoneWithoutAsIsNoView() {
    Hand h = Hand.doc().parsed("She/PRP had/VBD/have seen/VBN/see him/PRP at/IN a/DT rally/NN as/IN well/RB ./.",
        "nsubj(seen-3, She-1) aux(seen-3, had-2) root(ROOT-0, seen-3) obj(seen-3, him-4) case(rally-7, at-5)"
            + " det(rally-7, a-6) obl(seen-3, rally-7) advmod(well-9, as-8) advmod(seen-3, well-9) punct(seen-3, .-10)");
    Sentence s = h.sentence(0);
    assertThat(RegardAsCue.find(h.context(), s, s.graph(), 2)).isNull();
  }

  @Test
  void aPassiveNamesNoSource() {
    Hand h = Hand.doc().parsed("The/DT deal/NN was/VBD/be viewed/VBN/view as/IN favorable/JJ ./.",
        "det(deal-2, The-1) nsubj:pass(viewed-4, deal-2) aux:pass(viewed-4, was-3) root(ROOT-0, viewed-4)"
            + " case(favorable-6, as-5) obl(viewed-4, favorable-6) punct(viewed-4, .-7)");
    Sentence s = h.sentence(0);
    assertThat(RegardAsCue.find(h.context(), s, s.graph(), 3)).isNull();
  }
  @Test
  void aCountryThatCouldSeeSimilarRatesAsElsewhereHoldsNoView() {
    // realnews-dev: "the UK could see similar rates of Covid-19 transmission as in American universities"
    Hand h = Hand.doc().parsed("the/DT UK/NNP@LOCATION could/MD see/VB similar/JJ rates/NNS as/IN in/IN America/NNP@LOCATION ./.",
        "det(UK-2, the-1) nsubj(see-4, UK-2) aux(see-4, could-3) root(ROOT-0, see-4) amod(rates-6, similar-5)"
            + " obj(see-4, rates-6) case(America-9, as-7) case(America-9, in-8) obl(see-4, America-9) punct(see-4, .-10)");
    Sentence s = h.sentence(0);
    assertThat(RegardAsCue.find(h.context(), s, s.graph(), 3)).isNull();
  }
}
