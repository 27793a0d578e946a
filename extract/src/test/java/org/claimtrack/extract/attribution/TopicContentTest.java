package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** {@code topic}: what a verb of saying is about, and its preposition in the cue. */
class TopicContentTest {

  private static Attribution at(Hand h, int verb) {
    Sentence s = h.sentence(0);
    return ParsedCue.find(h.context(), s, s.graph(), verb);
  }

  @Test
  void thePhraseIsTheContentAndThePrepositionPartOfTheCue() {
    Hand h = Hand.doc().parsed("The/DT nominee/NN complained/VBD/complain about/IN his/PRP$/he microphone/NN ./.",
        "det(nominee-2, The-1) nsubj(complained-3, nominee-2) root(ROOT-0, complained-3) case(microphone-6, about-4)"
            + " nmod:poss(microphone-6, his-5) obl(complained-3, microphone-6) punct(complained-3, .-7)");
    Attribution a = at(h, 2);
    String text = h.build().text();
    assertThat(a.rule()).endsWith(":topic");
    assertThat(a.content().of(text)).isEqualTo("his microphone");
    assertThat(a.cueSpan().of(text)).isEqualTo("complained about");
  }

  @Test
  void aPlaceIsNoTopic() {
    // "spoke on a Marine base": "on" marks no topic of "speak" (topic-verbs.tsv)
    Hand h = Hand.doc().parsed("The/DT president/NN spoke/VBD/speak on/IN a/DT base/NN ./.",
        "det(president-2, The-1) nsubj(spoke-3, president-2) root(ROOT-0, spoke-3) case(base-6, on-4) det(base-6, a-5)"
            + " obl(spoke-3, base-6) punct(spoke-3, .-7)");
    assertThat(at(h, 2)).isNull();
  }
  @Test
  void notRespondingToARequestForCommentIsAResponse() {
    // PolNeAR marks "did not immediately respond to requests for comment" as the campaign's attribution
    Hand h = Hand.doc().parsed("The/DT campaign/NN did/VBD/do not/RB respond/VB/respond to/IN requests/NNS/request ./.",
        "det(campaign-2, The-1) nsubj(respond-5, campaign-2) aux(respond-5, did-3) advmod(respond-5, not-4)"
            + " root(ROOT-0, respond-5) case(requests-7, to-6) obl(respond-5, requests-7) punct(respond-5, .-8)");
    Attribution a = at(h, 4);
    String text = h.build().text();
    assertThat(a.rule()).endsWith(":topic");
    assertThat(a.source().span().of(text)).isEqualTo("The campaign");
    assertThat(a.content().of(text)).isEqualTo("requests");
  }
  @Test
  void likeningSomeoneToSomethingIsAView() {
    Hand h = Hand.doc().parsed("Trump/NNP@PERSON likened/VBD/liken refugees/NNS to/IN a/DT snake/NN ./.",
        "nsubj(likened-2, Trump-1) root(ROOT-0, likened-2) obj(likened-2, refugees-3) case(snake-6, to-4)"
            + " det(snake-6, a-5) obl(likened-2, snake-6) punct(likened-2, .-7)");
    Attribution a = at(h, 1);
    String text = h.build().text();
    assertThat(a.source().span().of(text)).isEqualTo("Trump");
    assertThat(a.content().of(text)).contains("a snake");
  }
}
