package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.domain.ClaimKind;
import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The cue verb read through the parse, with each content finder. */
class ParsedCueTest {

  private static Attribution at(Hand h, int verb) {
    AttributionContext c = h.context();
    Sentence s = h.sentence(0);
    return ParsedCue.find(c, s, s.graph(), verb);
  }

  @Test
  void complement() {
    Hand h = Hand.doc().parsed("Officials/NNS said/VBD/say 40/CD people/NNS died/VBD/die ./.",
        "nsubj(said-2, Officials-1) root(ROOT-0, said-2) nummod(people-4, 40-3) nsubj(died-5, people-4)"
            + " ccomp(said-2, died-5) punct(said-2, .-6)");
    Attribution a = at(h, 1);
    assertThat(a.rule()).endsWith(":ccomp");
    assertThat(a.content().of(h.build().text())).isEqualTo("40 people died");
    assertThat(a.source().span().of(h.build().text())).isEqualTo("Officials");
  }

  @Test
  void passiveWithoutAComplementIsNoCue() {
    Hand h = Hand.doc().parsed("The/DT plan/NN was/VBD/be announced/VBN/announce ./.",
        "det(plan-2, The-1) nsubj:pass(announced-4, plan-2) aux:pass(announced-4, was-3) root(ROOT-0, announced-4)"
            + " punct(announced-4, .-5)");
    assertThat(at(h, 3)).isNull();
  }

  @Test
  void parataxis() {
    Hand h = Hand.doc().parsed("Prices/NNS will/MD rise/VB ,/, he/PRP said/VBD/say ./.",
        "nsubj(rise-3, Prices-1) aux(rise-3, will-2) root(ROOT-0, rise-3) punct(rise-3, ,-4) nsubj(said-6, he-5)"
            + " parataxis(rise-3, said-6) punct(rise-3, .-7)");
    Attribution a = at(h, 5);
    assertThat(a.rule()).endsWith(":parataxis");
    assertThat(a.content().of(h.build().text())).isEqualTo("Prices will rise");
  }

  @Test
  void xcompOfAPromise() {
    Hand h = Hand.doc().parsed("Moscow/NNP@LOCATION vowed/VBD/vow to/TO retaliate/VB ./.",
        "nsubj(vowed-2, Moscow-1) root(ROOT-0, vowed-2) mark(retaliate-4, to-3) xcomp(vowed-2, retaliate-4)"
            + " punct(vowed-2, .-5)");
    Attribution a = at(h, 1);
    assertThat(a.rule()).endsWith(":xcomp");
    assertThat(a.content().of(h.build().text())).isEqualTo("to retaliate");
  }

  @Test
  void objectOfAFinderVerbWhenTheSubjectIsADocument() {
    Hand h = Hand.doc().parsed("The/DT survey/NN found/VBD/find 40/CD percent/NN support/NN ./.",
        "det(survey-2, The-1) nsubj(found-3, survey-2) root(ROOT-0, found-3) nummod(percent-5, 40-4)"
            + " compound(support-6, percent-5) obj(found-3, support-6) punct(found-3, .-7)");
    Attribution a = at(h, 2);
    assertThat(a.rule()).endsWith(":obj");
    assertThat(a.content().of(h.build().text())).isEqualTo("40 percent support");
  }

  @Test
  void adjacentQuoteAfterTheCue() {
    Hand h = Hand.doc().parsed("He/PRP said/VBD/say :/: “/`` We/PRP will/MD win/VB ./. ”/''",
        "nsubj(said-2, He-1) root(ROOT-0, said-2) punct(said-2, :-3) punct(win-7, “-4) nsubj(win-7, We-5)"
            + " aux(win-7, will-6) parataxis(said-2, win-7) punct(win-7, .-8) punct(win-7, ”-9)");
    Attribution a = at(h, 1);
    assertThat(a.kind()).isEqualTo(ClaimKind.QUOTE);
  }

  @Test
  void aWeekdayIsNeverASource() {
    Hand h = Hand.doc().parsed("Tuesday/NNP said/VBD/say 40/CD people/NNS died/VBD/die ./.",
        "nsubj(said-2, Tuesday-1) root(ROOT-0, said-2) nummod(people-4, 40-3) nsubj(died-5, people-4)"
            + " ccomp(said-2, died-5) punct(said-2, .-6)");
    assertThat(at(h, 1)).isNull();
  }
}
