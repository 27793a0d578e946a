package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Rule {@code copular-stance}: "X has been critical of Y", "X are afraid that ...", "X were willing to ...". */
class CopularStanceTest {

  @Test
  void aStanceAdjectiveWithATopicCreditsItsSubject() {
    Hand h = Hand.doc().parsed("Graham/NNP@PERSON has/VBZ/have been/VBN/be critical/JJ of/IN Trump/NNP@PERSON ./.",
        "nsubj(critical-4, Graham-1) aux(critical-4, has-2) cop(critical-4, been-3) root(ROOT-0, critical-4)"
            + " case(Trump-6, of-5) obl(critical-4, Trump-6) punct(critical-4, .-7)");
    Sentence s = h.sentence(0);
    assertThat(CopularStance.candidate(s, s.token(3))).isTrue();
    Attribution a = CopularStance.find(h.context(), s, s.graph(), 3);
    String text = h.build().text();
    assertThat(a.rule()).endsWith(":copular-stance");
    assertThat(a.source().span().of(text)).isEqualTo("Graham");
    assertThat(a.cueSpan().of(text)).isEqualTo("has been critical of");
    assertThat(a.content().of(text)).isEqualTo("Trump");
  }

  @Test
  void aStanceAdjectiveWithAClauseTakesTheClause() {
    Hand h = Hand.doc().parsed("Many/JJ Democrats/NNPS/Democrat are/VBP/be afraid/JJ that/IN turnout/NN may/MD fall/VB ./.",
        "amod(Democrats-2, Many-1) nsubj(afraid-4, Democrats-2) cop(afraid-4, are-3) root(ROOT-0, afraid-4)"
            + " mark(fall-8, that-5) nsubj(fall-8, turnout-6) aux(fall-8, may-7) ccomp(afraid-4, fall-8) punct(afraid-4, .-9)");
    Sentence s = h.sentence(0);
    Attribution a = CopularStance.find(h.context(), s, s.graph(), 3);
    String text = h.build().text();
    assertThat(a.source().span().of(text)).isEqualTo("Many Democrats");
    assertThat(a.content().of(text)).isEqualTo("that turnout may fall");
  }

  @Test
  void aMoodWithoutAComplementSaysNothing() {
    Hand h = Hand.doc().parsed("Republicans/NNPS/Republican were/VBD/be angry/JJ ./.",
        "nsubj(angry-3, Republicans-1) cop(angry-3, were-2) root(ROOT-0, angry-3) punct(angry-3, .-4)");
    Sentence s = h.sentence(0);
    assertThat(CopularStance.candidate(s, s.token(2))).isTrue();
    assertThat(CopularStance.find(h.context(), s, s.graph(), 2)).isNull();
  }

  @Test
  void aModalMakesItASuppositionNotAStance() {
    Hand h = Hand.doc().parsed("He/PRP could/MD be/VB sure/JJ of/IN it/PRP ./.",
        "nsubj(sure-4, He-1) aux(sure-4, could-2) cop(sure-4, be-3) root(ROOT-0, sure-4) case(it-6, of-5)"
            + " obl(sure-4, it-6) punct(sure-4, .-7)");
    Sentence s = h.sentence(0);
    assertThat(CopularStance.find(h.context(), s, s.graph(), 3)).isNull();
  }

  @Test
  void aThingCannotHoldAView() {
    Hand h = Hand.doc().parsed("The/DT bill/NN is/VBZ/be ready/JJ to/TO pass/VB ./.",
        "det(bill-2, The-1) nsubj(ready-4, bill-2) cop(ready-4, is-3) root(ROOT-0, ready-4) mark(pass-6, to-5)"
            + " xcomp(ready-4, pass-6) punct(ready-4, .-7)");
    Sentence s = h.sentence(0);
    assertThat(CopularStance.find(h.context(), s, s.graph(), 3)).isNull();
  }

  @Test
  void anAdjectiveWithoutBeIsNoCandidate() {
    Hand h = Hand.doc().tagged("A/DT critical/JJ report/NN ./.");
    Sentence s = h.sentence(0);
    assertThat(CopularStance.candidate(s, s.token(1))).isFalse();
  }
  @Test
  void aNounOfStanceWithAnOfPhraseCreditsItsSubject() {
    Hand h = Hand.doc().parsed("Kaine/NNP@PERSON is/VBZ/be a/DT staunch/JJ opponent/NN/opponent of/IN the/DT penalty/NN ./.",
        "nsubj(opponent-5, Kaine-1) cop(opponent-5, is-2) det(opponent-5, a-3) amod(opponent-5, staunch-4)"
            + " root(ROOT-0, opponent-5) case(penalty-8, of-6) det(penalty-8, the-7) nmod(opponent-5, penalty-8)"
            + " punct(opponent-5, .-9)");
    Sentence s = h.sentence(0);
    assertThat(CopularStance.candidate(s, s.token(4))).isTrue();
    Attribution a = CopularStance.find(h.context(), s, s.graph(), 4);
    String text = h.build().text();
    assertThat(a.source().span().of(text)).isEqualTo("Kaine");
    assertThat(a.content().of(text)).isEqualTo("the penalty");
  }
}
