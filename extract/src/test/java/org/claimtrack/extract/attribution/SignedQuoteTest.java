package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignedQuoteTest {

  @Test
  void aQuoteSignedAfterADash() {
    Hand h = Hand.doc().tagged("“/`` It/PRP was/VBD/be worth/JJ it/PRP ./. ”/'' ―/: Sonya/NNP@PERSON Herridge/NNP@PERSON");
    AttributionContext c = h.context();
    assertThat(SignedQuote.find(c)).singleElement().satisfies(a -> {
      assertThat(a.source().span().of(c.text)).isEqualTo("Sonya Herridge");
      assertThat(a.content().of(c.text)).startsWith("“").endsWith("”");
    });
  }
}
