package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** {@code call-for}: "called on X to Y", "called for X". */
class CallForContentTest {

  @Test
  void calledOnSomeoneToDoSomething() {
    // CoreNLP's parse of "Palmieri called on Trump to stop attacking Machado."
    Hand h = Hand.doc().parsed("Palmieri/NNP@PERSON called/VBD/call on/IN Trump/NNP@PERSON to/TO stop/VB"
            + " attacking/VBG/attack Machado/NNP@PERSON ./.",
        "nsubj(called-2, Palmieri-1) root(ROOT-0, called-2) mark(stop-6, on-3) nsubj(stop-6, Trump-4) mark(stop-6, to-5)"
            + " advcl(called-2, stop-6) dep(stop-6, attacking-7) obj(attacking-7, Machado-8) punct(called-2, .-9)");
    Sentence s = h.sentence(0);
    Attribution a = ParsedCue.find(h.context(), s, s.graph(), 1);
    String text = h.build().text();
    assertThat(a.rule()).endsWith(":call-for");
    assertThat(a.content().of(text)).isEqualTo("Trump to stop attacking Machado");
    assertThat(a.cueSpan().of(text)).isEqualTo("called on");
    assertThat(a.source().span().of(text)).isEqualTo("Palmieri");
  }
}
