package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Rule {@code light-verb}: "X made a strong condemnation of Y", "X has no illusions about Y", "X offered advice". */
class LightVerbCueTest {

  private static final String CONDEMN = "The/DT Council/NNP@ORGANIZATION made/VBD/make a/DT strong/JJ"
      + " condemnation/NN/condemnation of/IN the/DT test/NN ./.";
  private static final String CONDEMN_DEPS = "det(Council-2, The-1) nsubj(made-3, Council-2) root(ROOT-0, made-3)"
      + " det(condemnation-6, a-4) amod(condemnation-6, strong-5) obj(made-3, condemnation-6) case(test-9, of-7)"
      + " det(test-9, the-8) nmod(condemnation-6, test-9) punct(made-3, .-10)";

  @Test
  void aLightVerbWithANounOfSayingCreditsItsSubjectWithTheNounsTopic() {
    Hand h = Hand.doc().parsed(CONDEMN, CONDEMN_DEPS);
    Sentence s = h.sentence(0);
    assertThat(LightVerbCue.candidate(s, s.token(2))).isTrue();
    Attribution a = LightVerbCue.find(h.context(), s, s.graph(), 2);
    String text = h.build().text();
    assertThat(a.rule()).endsWith(":light-verb");
    assertThat(a.source().span().of(text)).isEqualTo("The Council");
    assertThat(a.cueSpan().of(text)).isEqualTo("made a strong condemnation of");
    assertThat(a.content().of(text)).isEqualTo("the test");
  }

  @Test
  void withoutATopicTheObjectIsTheContent() {
    Hand h = Hand.doc().parsed("Sanders/NNP@PERSON offered/VBD/offer some/DT advice/NN/advice ./.",
        "nsubj(offered-2, Sanders-1) root(ROOT-0, offered-2) det(advice-4, some-3) obj(offered-2, advice-4)"
            + " punct(offered-2, .-5)");
    Sentence s = h.sentence(0);
    Attribution a = LightVerbCue.find(h.context(), s, s.graph(), 1);
    assertThat(a.content().of(h.build().text())).isEqualTo("some advice");
  }

  @Test
  void havingAQuestionForSomeoneIsNotAskingIt() {
    Hand h = Hand.doc().parsed("She/PRP had/VBD/have a/DT question/NN/question for/IN him/PRP ./.",
        "nsubj(had-2, She-1) root(ROOT-0, had-2) det(question-4, a-3) obj(had-2, question-4) case(him-6, for-5)"
            + " nmod(question-4, him-6) punct(had-2, .-7)");
    Sentence s = h.sentence(0);
    assertThat(LightVerbCue.find(h.context(), s, s.graph(), 1)).isNull();
  }

  @Test
  void aThingThatMakesAPointIsNoSource() {
    Hand h = Hand.doc().parsed("The/DT chart/NN makes/VBZ/make a/DT point/NN/point ./.",
        "det(chart-2, The-1) nsubj(makes-3, chart-2) root(ROOT-0, makes-3) det(point-5, a-4) obj(makes-3, point-5)"
            + " punct(makes-3, .-6)");
    Sentence s = h.sentence(0);
    assertThat(LightVerbCue.find(h.context(), s, s.graph(), 2)).isNull();
  }

  @Test
  void aLightVerbWithAnOrdinaryObjectIsNoCandidate() {
    Hand h = Hand.doc().tagged("They/PRP made/VBD/make a/DT cake/NN ./.");
    Sentence s = h.sentence(0);
    assertThat(LightVerbCue.candidate(s, s.token(1))).isFalse();
  }
}
