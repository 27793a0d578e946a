package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Rule {@code nominal}: "X's claim that ...", "his determination to ...". */
class NominalCueTest {

  private static final String CLAIM = "Trump/NNP@PERSON 's/POS claim/NN/claim that/IN crime/NN rose/VBD/rise was/VBD/be false/JJ ./.";
  private static final String CLAIM_DEPS = "nmod:poss(claim-3, Trump-1) case(Trump-1, 's-2) nsubj(false-8, claim-3)"
      + " mark(rose-6, that-4) nsubj(rose-6, crime-5) acl(claim-3, rose-6) cop(false-8, was-7) root(ROOT-0, false-8)"
      + " punct(false-8, .-9)";

  @Test
  void thePossessorOfAClaimIsItsSourceAndItsClauseTheContent() {
    Hand h = Hand.doc().parsed(CLAIM, CLAIM_DEPS);
    Sentence s = h.sentence(0);
    assertThat(NominalCue.candidate(s, s.token(2))).isTrue();
    Attribution a = NominalCue.find(h.context(), s, s.graph(), 2);
    String text = h.build().text();
    assertThat(a.rule()).endsWith(":nominal");
    assertThat(a.source().span().of(text)).isEqualTo("Trump 's");
    assertThat(a.content().of(text)).isEqualTo("that crime rose");
    assertThat(a.cueSpan().of(text)).isEqualTo("claim");
  }

  @Test
  void aPlanWithoutAClauseSaysNothing() {
    Hand h = Hand.doc().parsed("Her/PRP$ plan/NN/plan would/MD raise/VB/raise taxes/NNS ./.",
        "nmod:poss(plan-2, Her-1) nsubj(raise-4, plan-2) aux(raise-4, would-3) root(ROOT-0, raise-4)"
            + " obj(raise-4, taxes-5) punct(raise-4, .-6)");
    Sentence s = h.sentence(0);
    assertThat(NominalCue.find(h.context(), s, s.graph(), 1)).isNull();
  }

  @Test
  void aDeedIsNoCue() {
    Hand h = Hand.doc().parsed("His/PRP$ refusal/NN/refusal to/TO answer/VB/answer angered/VBD/anger them/PRP ./.",
        "nmod:poss(refusal-2, His-1) nsubj(angered-5, refusal-2) mark(answer-4, to-3) acl(refusal-2, answer-4)"
            + " root(ROOT-0, angered-5) obj(angered-5, them-6) punct(angered-5, .-7)");
    Sentence s = h.sentence(0);
    assertThat(NominalCue.candidate(s, s.token(1))).isFalse();
  }
}
