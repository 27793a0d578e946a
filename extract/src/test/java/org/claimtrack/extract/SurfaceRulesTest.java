package org.claimtrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimKind;
import org.junit.jupiter.api.Test;

/** Shapes of attribution seen missing in PolNeAR's dev articles. */
class SurfaceRulesTest {
  private static ArticleClaims run(String body) {
    return TestData.extract(TestData.article(body + "\n", LocalDate.of(2016, 9, 30)));
  }

  @Test
  void aCueFollowedByACommaAndAQuoteHasTheQuoteAsContent() {
    String body = "As a phone rang, the announcer said, \u201cIt\u2019s 3 a.m., and your children are safe and asleep.\u201d";
    ArticleClaims ac = run(body);
    assertThat(ac.claims()).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ClaimKind.QUOTE);
      assertThat(c.cue()).isEqualTo("said");
      assertThat(c.text()).startsWith("\u201cIt\u2019s 3 a.m.").endsWith("asleep.\u201d");
      assertThat(c.sourceSpan().of(ac.article().text())).endsWith("announcer");
    });
  }

  @Test
  void aTranscriptLineOpeningWithAQuotationMarkIsItsSpeakersClaim() {
    String body = "Partial transcript as follows.\n\n"
        + "\"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of a television show.";
    ArticleClaims ac = run(body);
    assertThat(ac.claims()).anySatisfy(c -> {
      assertThat(c.cue()).isEqualTo(":");
      assertThat(c.kind()).isEqualTo(ClaimKind.QUOTE);
      assertThat(c.sourceSpan().of(ac.article().text())).isEqualTo("PENCE");
      assertThat(c.text()).startsWith("Well, look, Hillary Clinton");
    });
  }

  @Test
  void aFrontedClauseBeforeTheSourceIsNotWhatWasSaid() {
    String body = "Improbable as it may seem, Mr. Clarke said the Patriot deal had played to his advantage in the"
        + " coal business.";
    ArticleClaims ac = run(body);
    assertThat(ac.claims()).anySatisfy(c -> {
      assertThat(c.cue()).isEqualTo("said");
      assertThat(c.text()).startsWith("the Patriot deal had played");
    });
    assertThat(ac.claims()).noneSatisfy(c -> assertThat(c.text()).startsWith("Improbable"));
  }
}
