package org.claimtrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.domain.Span;
import org.claimtrack.nlp.Token;
import org.junit.jupiter.api.Test;

/** Which words open a SUTime window for the claim extractor, and which only for the date tagger. */
class ClaimTimeWordsTest {
  static Token token(String word, String pos) {
    return new Token(0, new Span(0, word.length()), word, word, pos, word.toLowerCase(java.util.Locale.ROOT), "O");
  }

  @Test
  void wordsThatAloneMakeOnlyAReferenceOpenNoWindowForClaims() {
    for (String w : new String[] {"now", "recently", "current", "Currently", "once", "earlier", "past", "future"}) {
      Token t = token(w, "RB");
      assertThat(DefaultClaimExtractor.isTimeWord(t)).as("%s is a time word for the date tagger", w).isTrue();
      assertThat(DefaultClaimExtractor.isClaimTimeWord(t)).as("%s opens no window for claims", w).isFalse();
    }
  }

  @Test
  void aMonthNameUsedAsAModalOrVerbOpensNoWindowForClaims() {
    assertThat(DefaultClaimExtractor.isClaimTimeWord(token("may", "MD"))).isFalse();
    assertThat(DefaultClaimExtractor.isClaimTimeWord(token("march", "VB"))).isFalse();
    assertThat(DefaultClaimExtractor.isClaimTimeWord(token("May", "NNP"))).isTrue();
    assertThat(DefaultClaimExtractor.isClaimTimeWord(token("March", "NNP"))).isTrue();
  }

  @Test
  void datesUnitsAndDaysStillDo() {
    assertThat(DefaultClaimExtractor.isClaimTimeWord(token("2016", "CD"))).isTrue();
    assertThat(DefaultClaimExtractor.isClaimTimeWord(token("Tuesday", "NNP"))).isTrue();
    assertThat(DefaultClaimExtractor.isClaimTimeWord(token("years", "NNS"))).isTrue();
    assertThat(DefaultClaimExtractor.isClaimTimeWord(token("ago", "RB"))).isTrue();
    assertThat(DefaultClaimExtractor.isClaimTimeWord(token("3,000", "CD"))).isFalse();
  }

  @Test
  void everyReferenceWordIsATimeWord() {
    for (String w : Lexicon.REFERENCE_TIME_WORDS.set()) {
      assertThat(Lexicon.TIME_WORDS.contains(w)).as(w).isTrue();
    }
  }
}
