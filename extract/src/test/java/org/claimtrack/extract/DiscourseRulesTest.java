package org.claimtrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.junit.jupiter.api.Test;

/**
 * Rules over more than one attribution: figures credited by the context (account continuation),
 * relays ("citing Y"), figures outside the content found by the cue rule (rest of sentence), and
 * pronouns. Invented texts, one kind of case each; the real pipeline (one per JVM).
 */
class DiscourseRulesTest {
  private static ArticleClaims run(String body) {
    return TestData.extract(TestData.article(body + "\n", LocalDate.of(2021, 3, 4)));
  }

  /** The claim holding the quantity whose surface is {@code figure}. */
  private static Optional<Claim> holding(ArticleClaims ac, String figure) {
    return ac.claims().stream()
        .filter(c -> c.quantities().stream().anyMatch(q -> q.surface().equals(figure)))
        .findFirst();
  }

  private static String sourceName(Claim c) {
    return String.valueOf(c.source().name());
  }

  @Test
  void aFigureWithNoCueGoesOnWithTheReportBeforeIt() {
    ArticleClaims ac = run("The Ohio Department of Health reported 412 new cases on Tuesday. "
        + "That brings the state's total to 10,230 cases since March.");
    assertThat(holding(ac, "10,230")).hasValueSatisfying(c -> {
      assertThat(sourceName(c)).contains("Ohio Department of Health");
      assertThat(c.provenance().stages()).anyMatch(s -> s.startsWith("discourse.") && s.endsWith(":same-paragraph"));
    });
  }

  @Test
  void aTurnToTheWritersOwnVoiceEndsTheAccount() {
    ArticleClaims ac = run("The Ohio Department of Health reported 412 new cases on Tuesday. "
        + "By comparison, Indiana recorded 2,100 cases in the same week.");
    assertThat(holding(ac, "2,100")).hasValueSatisfying(c ->
        assertThat(sourceName(c)).doesNotContain("Ohio Department of Health"));
  }

  @Test
  void aFigureOfTheSpeakerOutsideTheCuesContentIsStillTheirs() {
    ArticleClaims ac = run("The Oregon Health Authority reported 1,517 new infections Sunday, "
        + "bringing the state total to 65,170.");
    assertThat(holding(ac, "65,170")).hasValueSatisfying(c ->
        assertThat(sourceName(c)).contains("Oregon Health Authority"));
  }

  @Test
  void citingNamesTheOriginatorAndTheRelayer() {
    ArticleClaims ac = run("Reuters said on Monday that 230 people had been killed in the fighting, "
        + "citing the Syrian Observatory for Human Rights.");
    assertThat(holding(ac, "230")).hasValueSatisfying(c -> {
      assertThat(c.origin()).isNotNull();
      assertThat(c.origin().source().name()).contains("Syrian Observatory");
      assertThat(c.origin().relayers()).anySatisfy(r -> assertThat(r.name()).contains("Reuters"));
    });
  }

  @Test
  void aDocumentsFigureIsCreditedToItsIssuer() {
    ArticleClaims ac = run("The National Hurricane Center's forecast for this season includes 14 to 18 named storms.");
    assertThat(holding(ac, "14 to 18")).hasValueSatisfying(c ->
        assertThat(sourceName(c)).contains("National Hurricane Center"));
  }

  @Test
  void heIsTheNamedSpeakerBefore() {
    ArticleClaims ac = run("Tom Miller, the county's fire chief, said crews had saved 40 homes. "
        + "He said 12 firefighters were injured.");
    assertThat(holding(ac, "12")).hasValueSatisfying(c -> assertThat(sourceName(c)).isEqualTo("Tom Miller"));
  }
}
