package org.claimtrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.claimtrack.domain.Span;
import org.junit.jupiter.api.Test;

/** Dates as news reads them, through SUTime and {@code time.v1}. */
class TimeNormalizerTest {
  static final TimeTagger TAGGER = TimeTagger.standard();
  static final LocalDate FRIDAY = LocalDate.of(2024, 11, 22);

  static String value(String text, String surface, LocalDate date) {
    List<TemporalExpression> found = TAGGER.find(text, new Span(0, text.length()), date);
    for (TemporalExpression t : found) {
      if (t.span().of(text).equals(surface)) return t.value();
    }
    throw new AssertionError("no temporal expression '" + surface + "' in " + found.stream().map(t -> t.span().of(text)).toList());
  }

  @Test
  void weekdaysAreTheLatestOnOrBeforeTheArticle() {
    assertThat(value("Kirby spoke on Thursday.", "Thursday", FRIDAY)).isEqualTo("2024-11-21");
    assertThat(value("Zelensky said Tuesday that talks failed.", "Tuesday", FRIDAY)).isEqualTo("2024-11-19");
    assertThat(value("The agency said so on Friday.", "Friday", FRIDAY)).isEqualTo("2024-11-22");
    assertThat(value("They met last Friday.", "last Friday", FRIDAY)).isEqualTo("2024-11-15");
    assertThat(value("The talks will resume on Monday.", "Monday", FRIDAY)).isEqualTo("2024-11-25");
  }

  @Test
  void sutimeKeepsWhatNeedsNoConvention() {
    assertThat(value("Troops arrived this month.", "this month", FRIDAY)).isEqualTo("2024-11");
    assertThat(value("It happened on November 3, 2024.", "November 3, 2024", FRIDAY)).isEqualTo("2024-11-03");
  }

  @Test
  void timeMlConventions() {
    LocalDate d = LocalDate.of(2013, 3, 22);
    assertThat(value("He left four years ago.", "four years ago", d)).isEqualTo("2009");
    assertThat(value("Cases rose in the last week.", "the last week", d)).isEqualTo("2013-W11");
    assertThat(value("The pandemic of 2009-2010 was worse.", "2009", d)).isEqualTo("2009");
    assertThat(value("The pandemic of 2009-2010 was worse.", "2010", d)).isEqualTo("2010");
    assertThat(value("It was the worst in the 20th century.", "the 20th century", d)).isEqualTo("19");
    assertThat(value("Prices fell over the past three months.", "the past three months", d)).isEqualTo("P3M");
  }

  @Test
  void monthsWithoutAYearAreInThePastUnlessTheClauseLooksAhead() {
    LocalDate march = LocalDate.of(2013, 3, 22);
    assertThat(value("The outbreak began in August.", "August", march)).isEqualTo("2012-08");
    assertThat(value("The book is due to be published in May.", "May", march)).isEqualTo("2013-05");
  }

  @Test
  void agesAndNounModifiersAreNotTimes() {
    String text = "A 22-year-old man brought winter clothing.";
    assertThat(TAGGER.find(text, new Span(0, text.length()), FRIDAY)).isEmpty();
  }
}
