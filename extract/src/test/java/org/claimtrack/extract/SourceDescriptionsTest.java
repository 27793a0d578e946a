package org.claimtrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.junit.jupiter.api.Test;

/** Organizations described rather than named, resolved to the name the article gives them. Invented texts. */
class SourceDescriptionsTest {
  private static ArticleClaims run(String body) {
    return TestData.extract(TestData.article(body + "\n", LocalDate.of(2024, 10, 23)));
  }

  private static Claim holding(ArticleClaims ac, String figure) {
    return ac.claims().stream().filter(c -> c.quantities().stream().anyMatch(q -> q.surface().equals(figure)))
        .findFirst().orElseThrow(() -> new AssertionError("no claim holds " + figure + ": " + ac.claims()));
  }

  @Test
  void theAgencyIsTheBodyLastNamed() {
    ArticleClaims ac = run("Ruritania has sent about 1,500 engineers to the border, Ruritania's National Statistics Office (NSO)"
        + " said on Friday.\n\nThe NSO said the engineers were moved by train.\n\n"
        + "In total, Ruritania has decided to send around 9,000 engineers, the agency said in a statement.");
    assertThat(holding(ac, "around 9,000").source().name()).isEqualTo("National Statistics Office");
  }

  @Test
  void aDescribedSpyAgencyTakesTheNameGivenLater() {
    ArticleClaims ac = run("At least 3,000 Ruritanian troops have been sent to the border so far, Freedonia's spy agency"
        + " told lawmakers on Wednesday.\n\n"
        + "The National Intelligence Service expects the total to reach 10,000 by December, lawmaker Jan Kowal said.");
    assertThat(holding(ac, "At least 3,000").source().name()).isEqualTo("National Intelligence Service");
  }
}
