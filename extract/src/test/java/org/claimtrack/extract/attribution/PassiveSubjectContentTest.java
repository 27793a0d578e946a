package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** {@code passive-subj}: a passive cue's subject is the content, its "by" agent the source. */
class PassiveSubjectContentTest {

  private static Attribution at(Hand h, int verb) {
    Sentence s = h.sentence(0);
    return ParsedCue.find(h.context(), s, s.graph(), verb);
  }

  private static final String TOKENS = "The/DT issue/NN was/VBD/be first/RB reported/VBN/report by/IN The/DT"
      + " Washington/NNP@ORGANIZATION Post/NNP@ORGANIZATION ./.";

  @Test
  void theAgentIsTheSourceWithoutItsBy() {
    Hand h = Hand.doc().parsed(TOKENS,
        "det(issue-2, The-1) nsubj:pass(reported-5, issue-2) aux:pass(reported-5, was-3) advmod(reported-5, first-4)"
            + " root(ROOT-0, reported-5) case(Post-9, by-6) det(Post-9, The-7) compound(Post-9, Washington-8)"
            + " obl(reported-5, Post-9) punct(reported-5, .-10)");
    Attribution a = at(h, 4);
    String text = h.build().text();
    assertThat(a.rule()).endsWith(":passive-subj");
    assertThat(a.content().of(text)).isEqualTo("The issue");
    assertThat(a.source().span().of(text)).isEqualTo("The Washington Post");
    assertThat(a.cueSpan().of(text)).isEqualTo("was first reported");
  }

  @Test
  void aPassiveWithoutAgentSaysNothing() {
    Hand h = Hand.doc().parsed("The/DT issue/NN was/VBD/be reported/VBN/report ./.",
        "det(issue-2, The-1) nsubj:pass(reported-4, issue-2) aux:pass(reported-4, was-3) root(ROOT-0, reported-4)"
            + " punct(reported-4, .-5)");
    assertThat(at(h, 3)).isNull();
  }
}
