package org.claimtrack.eval.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Span;
import org.claimtrack.eval.numbers.NumberEval.Case;
import org.claimtrack.eval.numbers.NumberEval.Expected;
import org.claimtrack.eval.numbers.NumberEval.Skip;
import org.claimtrack.eval.numbers.NumberEval.Type;
import org.claimtrack.extract.quantity.Kind;
import org.claimtrack.extract.quantity.NumberExpression;
import org.junit.jupiter.api.Test;

/** The scoring and skipping rules of {@link NumberEval}, on made-up cases. */
class NumberEvalRulesTest {

  private static Expected scalar(String input, String text, String value) {
    int at = input.indexOf(text);
    BigDecimal v = new BigDecimal(value);
    return new Expected(at, at + text.length(), text, v, v, v, true, true, false, null, true);
  }

  private static Skip skip(String input, String text, String value, Type type) {
    return NumberEval.skip(new Case(input, List.of(), false), scalar(input, text, value), type);
  }

  @Test
  void skipsByCategoryFromTheCaseAlone() {
    assertThat(skip("meet on 5/17/2018?", "17", "17", Type.NUMBER)).isEqualTo(Skip.DATE_PART);
    assertThat(skip("call +1-222-2222/2222", "222", "222", Type.NUMBER)).isEqualTo(Skip.PHONE);
    assertThat(skip("192.168.1.2", "168", "168", Type.NUMBER)).isEqualTo(Skip.IP_OR_VERSION);
    assertThat(skip("SCP-173", "173", "173", Type.NUMBER)).isEqualTo(Skip.DESIGNATION);
    assertThat(skip("the passage of Voyager 2 in 1979", "2", "2", Type.QUANTULUM))
        .isEqualTo(Skip.DESIGNATION);
    assertThat(skip("the passage of Voyager 2 in 1979", "1979", "1979", Type.QUANTULUM))
        .isEqualTo(Skip.YEAR);
    assertThat(skip("The result is 12,34,567.89", "12,34,567.89", "1234567.89", Type.NUMBER))
        .isEqualTo(Skip.INDIAN_GROUPING);
    assertThat(skip("a loan of 12,34,567.89 rupees", "12,34,567.89 rupees", "1234567.89",
        Type.CURRENCY)).isEqualTo(Skip.INDIAN_GROUPING);
    assertThat(skip("There are 12,567 words", "12,567", "12567", Type.NUMBER)).isNull();
    assertThat(skip("He said: 2 pm is 2 picometer", "2 pm", "2", Type.DIMENSION))
        .isEqualTo(Skip.TIME_OF_DAY);
    assertThat(skip("I want a gallon of beer", "a gallon", "1", Type.QUANTULUM))
        .isEqualTo(Skip.ARTICLE_AS_ONE);
  }

  @Test
  void doesNotSkipOrdinaryAmounts() {
    assertThat(skip("I want to earn $2000 over 3 years", "2000", "2000", Type.NUMBER)).isNull();
    assertThat(skip("Italy covers 301,338 km2", "301,338", "301338", Type.QUANTULUM)).isNull();
    assertThat(skip("I bought a dozen eggs", "a dozen", "12", Type.QUANTULUM)).isNull();
    assertThat(skip("In this pit, 50 cars are stored", "50", "50", Type.QUANTULUM)).isNull();
  }

  private static NumberExpression expr(Qualifier q, String low, String high) {
    Span s = new Span(0, 3);
    return new NumberExpression(s, s, low == null ? null : new BigDecimal(low),
        high == null ? null : new BigDecimal(high), q, null, Kind.CARDINAL, false);
  }

  @Test
  void valuesMatchWithinTolerance() {
    Expected twoThirds = scalar("two thirds", "two thirds", "0.666666666666667");
    assertThat(NumberEval.valueMatches(expr(Qualifier.EXACT, "0.6666666666666667",
        "0.6666666666666667"), twoThirds)).isTrue();
    assertThat(NumberEval.valueMatches(expr(Qualifier.EXACT, "0.67", "0.67"), twoThirds))
        .isFalse();
    Expected thirty = scalar("more than 30", "30", "30");
    assertThat(NumberEval.valueMatches(expr(Qualifier.MORE_THAN, "30", null), thirty)).isTrue();
    assertThat(NumberEval.valueMatches(expr(Qualifier.RANGE, "30", "40"), thirty)).isFalse();
  }

  @Test
  void rangesCompareBothBoundsAndUnboundedSides() {
    Expected halfOpen = NumberEval.parseRange(0, 3, "x", "(20,35]");
    assertThat(halfOpen.lowIncl()).isFalse();
    assertThat(halfOpen.highIncl()).isTrue();
    assertThat(NumberEval.valueMatches(expr(Qualifier.RANGE, "20", "35"), halfOpen)).isTrue();
    Expected atLeast = NumberEval.parseRange(0, 3, "x", "[30,)");
    assertThat(atLeast.high()).isNull();
    assertThat(NumberEval.valueMatches(expr(Qualifier.AT_LEAST, "30", null), atLeast)).isTrue();
    assertThat(NumberEval.valueMatches(expr(Qualifier.RANGE, "30", "40"), atLeast)).isFalse();
  }

  @Test
  void subUnitsBecomeBaseUnits() {
    assertThat(NumberEval.subunitFactor("Cent")).isEqualByComparingTo("0.01");
    assertThat(NumberEval.subunitFactor("dozen")).isEqualByComparingTo("12");
    assertThat(NumberEval.mapUnit("Dollar", Type.CURRENCY)).isEqualTo("USD");
    assertThat(NumberEval.mapUnit("pound sterling", Type.QUANTULUM)).isEqualTo("GBP");
    assertThat(NumberEval.mapUnit("Square meter", Type.DIMENSION)).isEqualTo("square metre");
    assertThat(NumberEval.mapUnit("dimensionless", Type.QUANTULUM)).isNull();
  }
}
