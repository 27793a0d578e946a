package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** {@code speech-obj}: the object noun phrase of a verb of saying or thinking. */
class SpeechObjectContentTest {

  private static Attribution at(Hand h, int verb) {
    Sentence s = h.sentence(0);
    return ParsedCue.find(h.context(), s, s.graph(), verb);
  }

  @Test
  void whatIsMentionedIsTheContent() {
    Hand h = Hand.doc().parsed("He/PRP barely/RB mentioned/VBD/mention climate/NN change/NN ./.",
        "nsubj(mentioned-3, He-1) advmod(mentioned-3, barely-2) root(ROOT-0, mentioned-3) compound(change-5, climate-4)"
            + " obj(mentioned-3, change-5) punct(mentioned-3, .-6)");
    Attribution a = at(h, 2);
    assertThat(a.rule()).endsWith(":speech-obj");
    assertThat(a.content().of(h.build().text())).isEqualTo("climate change");
    assertThat(a.cueSpan().of(h.build().text())).isEqualTo("barely mentioned");
  }

  @Test
  void whatIsHandledIsNot() {
    // "released his returns" is an act, not a statement
    Hand h = Hand.doc().parsed("Romney/NNP@PERSON released/VBD/release his/PRP$ returns/NNS ./.",
        "nsubj(released-2, Romney-1) root(ROOT-0, released-2) nmod:poss(returns-4, his-3) obj(released-2, returns-4)"
            + " punct(released-2, .-5)");
    assertThat(at(h, 1)).isNull();
  }

  @Test
  void aPronounObjectIsNoContent() {
    Hand h = Hand.doc().parsed("Clinton/NNP@PERSON mentioned/VBD/mention it/PRP ./.",
        "nsubj(mentioned-2, Clinton-1) root(ROOT-0, mentioned-2) obj(mentioned-2, it-3) punct(mentioned-2, .-4)");
    assertThat(at(h, 1)).isNull();
  }

  @Test
  void aClauseCutAfterItsSubjectIsNoObject() {
    // the parser made "employees" the object of "said" and left "had" outside
    Hand h = Hand.doc().parsed("Officials/NNS said/VBD/say 14,000/CD employees/NNS had/VBD/have a/DT stoppage/NN ./.",
        "nsubj(said-2, Officials-1) root(ROOT-0, said-2) nummod(employees-4, 14,000-3) obj(said-2, employees-4)"
            + " dep(said-2, had-5) det(stoppage-7, a-6) obj(had-5, stoppage-7) punct(said-2, .-8)");
    Attribution a = at(h, 1);
    assertThat(a == null || !a.rule().endsWith(":speech-obj")).isTrue();
  }
}
