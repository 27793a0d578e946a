package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** {@code csubj-clause}: a complement clause the parser split at the cue. */
class ClausalSubjectContentTest {

  private static Attribution at(Hand h, int verb) {
    Sentence s = h.sentence(0);
    return ParsedCue.find(h.context(), s, s.graph(), verb);
  }

  @Test
  void theSplitClauseIsTheContent() {
    // CoreNLP's parse of "Many of his supporters believe bigotry and xenophobia are acceptable."
    Hand h = Hand.doc().parsed("Many/JJ of/IN his/PRP$/he supporters/NNS/supporter believe/VBP bigotry/NN and/CC"
            + " xenophobia/NN are/VBP/be acceptable/JJ ./.",
        "nsubj(believe-5, Many-1) case(supporters-4, of-2) nmod:poss(supporters-4, his-3) nmod(Many-1, supporters-4)"
            + " csubj(acceptable-10, believe-5) obj(believe-5, bigotry-6) cc(xenophobia-8, and-7) conj(bigotry-6, xenophobia-8)"
            + " cop(acceptable-10, are-9) root(ROOT-0, acceptable-10) punct(acceptable-10, .-11)");
    Attribution a = at(h, 4);
    String text = h.build().text();
    assertThat(a.rule()).endsWith(":csubj-clause");
    assertThat(a.content().of(text)).isEqualTo("bigotry and xenophobia are acceptable");
    assertThat(a.source().span().of(text)).isEqualTo("Many of his supporters");
  }

  @Test
  void aReducedRelativeClauseIsNoCue() {
    // "A report released last year found ...": the participle is no statement
    Hand h = Hand.doc().parsed("A/DT report/NN released/VBN/release last/JJ year/NN found/VBD/find fraud/NN ./.",
        "det(report-2, A-1) nsubj(released-3, report-2) csubj(found-6, released-3) amod(year-5, last-4)"
            + " obl:tmod(released-3, year-5) root(ROOT-0, found-6) obj(found-6, fraud-7) punct(found-6, .-8)");
    Attribution a = at(h, 2);
    assertThat(a == null || !a.rule().endsWith(":csubj-clause")).isTrue();
  }
}
