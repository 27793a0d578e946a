package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** {@code split-clause}: a "that"-less complement the parser cut after its subject. */
class SplitClauseContentTest {

  private static Attribution at(Hand h, int verb) {
    Sentence s = h.sentence(0);
    return ParsedCue.find(h.context(), s, s.graph(), verb);
  }

  @Test
  void theObjectAndThePredicateAfterItAreTheContent() {
    // the parser made "resources" the object of "say" and hung "spent" on "say" as dep
    Hand h = Hand.doc().parsed("Critics/NNS/critic say/VBP/say resources/NNS/resource could/MD be/VB/be spent/VBN/spend better/RBR ./.",
        "nsubj(say-2, Critics-1) root(ROOT-0, say-2) obj(say-2, resources-3) aux(spent-6, could-4) aux:pass(spent-6, be-5)"
            + " dep(say-2, spent-6) advmod(spent-6, better-7) punct(say-2, .-8)");
    Attribution a = at(h, 1);
    String text = h.build().text();
    assertThat(a.rule()).endsWith(":split-clause");
    assertThat(a.content().of(text)).isEqualTo("resources could be spent better");
    assertThat(a.source().span().of(text)).isEqualTo("Critics");
  }

  @Test
  void aSecondVerbJoinedOnIsLeftOut() {
    Hand h = Hand.doc().parsed("She/PRP thinks/VBZ/think the/DT video/NN/video should/MD be/VB/be released/VBN/release"
            + " but/CC said/VBD/say no/UH ./.",
        "nsubj(thinks-2, She-1) root(ROOT-0, thinks-2) det(video-4, the-3) obj(thinks-2, video-4) aux(released-7, should-5)"
            + " aux:pass(released-7, be-6) dep(thinks-2, released-7) cc(said-9, but-8) conj(released-7, said-9)"
            + " obj(said-9, no-10) punct(thinks-2, .-11)");
    Attribution a = at(h, 1);
    assertThat(a.rule()).endsWith(":split-clause");
    assertThat(a.content().of(h.build().text())).isEqualTo("the video should be released");
  }

  @Test
  void aPredicateWithItsOwnSubjectIsNoSplitClause() {
    // "told reporters [he] would win": the object is whom it was told to
    Hand h = Hand.doc().parsed("Trump/NNP@PERSON told/VBD/tell reporters/NNS/reporter he/PRP would/MD win/VB/win ./.",
        "nsubj(told-2, Trump-1) root(ROOT-0, told-2) obj(told-2, reporters-3) nsubj(win-6, he-4) aux(win-6, would-5)"
            + " dep(told-2, win-6) punct(told-2, .-7)");
    Attribution a = at(h, 1);
    assertThat(a == null || !a.rule().endsWith(":split-clause")).isTrue();
  }

  @Test
  void twoJoinedVerbsAreCutOnceWithoutAnError() {
    // realnews-dev (channel4.com Israel page): the second cut started past the end the first left,
    // and BitSet.clear(from > to) threw
    Hand h = Hand.doc().parsed("She/PRP thinks/VBZ/think the/DT video/NN/video should/MD be/VB/be released/VBN/release"
            + " but/CC said/VBD/say no/UH and/CC added/VBD/add ./.",
        "nsubj(thinks-2, She-1) root(ROOT-0, thinks-2) det(video-4, the-3) obj(thinks-2, video-4) aux(released-7, should-5)"
            + " aux:pass(released-7, be-6) dep(thinks-2, released-7) cc(said-9, but-8) conj(released-7, said-9)"
            + " obj(said-9, no-10) cc(added-12, and-11) conj(released-7, added-12) punct(thinks-2, .-13)");
    Attribution a = at(h, 1);
    assertThat(a.rule()).endsWith(":split-clause");
    assertThat(a.content().of(h.build().text())).isEqualTo("the video should be released");
  }

  @Test
  void aSecondPredicateOfTheClauseStays() {
    // golden Chrysler file: "stated [its network has too many dealers and is antiquated]"
    Hand h = Hand.doc().parsed("Chrysler/NNP@ORGANIZATION stated/VBD/state its/PRP$ network/NN/network has/VBZ/have"
            + " dealers/NNS/dealer and/CC is/VBZ/be antiquated/JJ ./.",
        "nsubj(stated-2, Chrysler-1) root(ROOT-0, stated-2) nmod:poss(network-4, its-3) obj(stated-2, network-4)"
            + " dep(stated-2, has-5) obj(has-5, dealers-6) cc(antiquated-9, and-7) cop(antiquated-9, is-8)"
            + " conj(has-5, antiquated-9) punct(stated-2, .-10)");
    Attribution a = at(h, 1);
    assertThat(a.rule()).endsWith(":split-clause");
    assertThat(a.content().of(h.build().text())).isEqualTo("its network has dealers and is antiquated");
  }

  @Test
  void aPredicateJoinedOnTheCueLeavesTheSentenceToOtherRules() {
    // golden Chrysler file, as CoreNLP parses it: "is antiquated" hangs on "stated", and could be
    // the clause's or the cue's; no split-clause content that would leave it out
    Hand h = Hand.doc().parsed("Chrysler/NNP@ORGANIZATION stated/VBD/state its/PRP$ network/NN/network has/VBZ/have"
            + " dealers/NNS/dealer and/CC is/VBZ/be antiquated/JJ ./.",
        "nsubj(stated-2, Chrysler-1) root(ROOT-0, stated-2) nmod:poss(network-4, its-3) obj(stated-2, network-4)"
            + " dep(stated-2, has-5) obj(has-5, dealers-6) cc(antiquated-9, and-7) cop(antiquated-9, is-8)"
            + " conj(stated-2, antiquated-9) punct(stated-2, .-10)");
    Attribution a = at(h, 1);
    assertThat(a == null || !a.rule().endsWith(":split-clause")).isTrue();
  }
}
