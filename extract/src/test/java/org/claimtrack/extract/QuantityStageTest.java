package org.claimtrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.Quantity;
import org.junit.jupiter.api.Test;

/** Which numbers are quantities, and what they count, inside whole sentences. */
class QuantityStageTest {

  /** The quantities of the claims not nested in another claim (a nested claim repeats its numbers). */
  static List<Quantity> quantities(String text) {
    ArticleClaims ac = TestData.extract(TestData.article(text, LocalDate.of(2024, 11, 22)));
    return ac.claims().stream()
        .filter(c -> ac.claims().stream().noneMatch(o -> o != c && o.span().contains(c.span()) && !o.span().equals(c.span())))
        .flatMap(c -> c.quantities().stream()).toList();
  }

  @Test
  void datesYearsTimesOrdinalsAgesAndNamesAreNotQuantities() {
    List<Quantity> qs = quantities(
        "On November 3, 2024, at 10 a.m., John Smith, 45, said the first Boeing 737 and the G7 met in 2019 "
            + "and that 40 people were hurt. Call 555-123-4567 for details.");
    assertThat(qs).extracting(Quantity::surface).containsExactly("40");
    assertThat(qs.get(0).counted()).isEqualTo("people");
  }

  @Test
  void countedPhrasesAndUnits() {
    List<Quantity> qs = quantities(
        "The ministry said 42 percent of voters backed the plan, which costs $1.2 million, and three of the soldiers died.");
    assertThat(qs).extracting(Quantity::surface).containsExactly("42 percent", "$1.2 million", "three");
    assertThat(qs.get(0).unit()).isEqualTo("percent");
    assertThat(qs.get(0).counted()).isEqualTo("voters");
    assertThat(qs.get(1).unit()).isEqualTo("USD");
    assertThat(qs.get(1).low()).isEqualByComparingTo("1200000");
    assertThat(qs.get(2).counted()).isEqualTo("soldiers");
  }

  @Test
  void unattributedNumbersAreAuthorialClaimsOfThePublisher() {
    ArticleClaims ac = TestData.extract(TestData.article(
        "Headline | Daily Planet\n\nMore than 1,500 troops arrived in the region on Monday.\n", LocalDate.of(2024, 11, 22)));
    Claim c = ac.claims().get(0);
    assertThat(c.kind().name()).isEqualTo("AUTHORIAL");
    assertThat(c.source().name()).isEqualTo("Daily Planet");
    assertThat(c.sourceSpan()).isNull();
    assertThat(c.quantities().get(0).qualifier().name()).isEqualTo("MORE_THAN");
  }
}
