package org.claimtrack.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Span;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberRecognizerTest {
  private static final NumberRecognizer R = NumberRecognizer.standard();

  private static List<NumberExpression> all(String text) {
    return R.find(text, 0, text.length());
  }

  private static List<NumberExpression> quantities(String text) {
    return all(text).stream().filter(NumberExpression::isQuantity).toList();
  }

  /** The one quantity in {@code text}. */
  private static NumberExpression one(String text) {
    List<NumberExpression> q = quantities(text);
    assertThat(q).as("quantities in '%s': %s", text, q).hasSize(1);
    return q.get(0);
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static void assertExact(NumberExpression e, String value) {
    assertThat(e.low()).isEqualByComparingTo(value);
    assertThat(e.high()).isEqualByComparingTo(value);
  }

  private static String surface(String text, NumberExpression e) {
    return e.span().of(text);
  }

  @Nested
  class SeedArticle {
    @Test
    void roughly12000Soldiers() {
      String s = "the roughly 12,000 North Korean soldiers";
      NumberExpression e = one(s);
      assertThat(e.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
      assertExact(e, "12000");
      assertThat(surface(s, e)).isEqualTo("roughly 12,000");
      assertThat(e.numberSpan().of(s)).isEqualTo("12,000");
      assertThat(e.kind()).isEqualTo(Kind.CARDINAL);
      assertThat(e.unit()).isNull();
      assertThat(e.spelledOut()).isFalse();
    }

    @Test
    void atLeast3000Soldiers() {
      String s = "at least 3,000 North Korean soldiers";
      NumberExpression e = one(s);
      assertThat(e.qualifier()).isEqualTo(Qualifier.AT_LEAST);
      assertThat(e.low()).isEqualByComparingTo("3000");
      assertThat(e.high()).isNull();
      assertThat(surface(s, e)).isEqualTo("at least 3,000");
    }

    @Test
    void twoBrigadesOf6000PeopleEach() {
      String s = "perhaps “two brigades of 6,000 people each.”";
      NumberExpression e = one(s);
      assertThat(e.qualifier()).isEqualTo(Qualifier.EXACT);
      assertExact(e, "12000");
      assertThat(surface(s, e)).isEqualTo("two brigades of 6,000 people each");
      assertThat(e.numberSpan().of(s)).isEqualTo("two brigades of 6,000");
      assertThat(e.span().start()).isEqualTo(s.indexOf("two"));
    }

    @Test
    void trainingTwoMilitaryUnits() {
      String s = "training two military units";
      NumberExpression e = one(s);
      assertExact(e, "2");
      assertThat(surface(s, e)).isEqualTo("two");
      assertThat(e.spelledOut()).isTrue();
    }

    @Test
    void fiveMilitaryTrainingGrounds() {
      assertExact(one("five military training grounds"), "5");
    }

    @Test
    void officersAndGenerals() {
      List<NumberExpression> q = quantities("500 officers and three generals");
      assertThat(q).hasSize(2);
      assertExact(q.get(0), "500");
      assertExact(q.get(1), "3");
      assertThat(q).allMatch(e -> e.qualifier() == Qualifier.EXACT);
    }

    @Test
    void severalWeeksIsNoQuantity() {
      assertThat(quantities("“several weeks”")).isEmpty();
    }

    @Test
    void dateHasOnlyDateKinds() {
      List<NumberExpression> all = all("Friday, November 22, 2024");
      assertThat(all).isNotEmpty();
      assertThat(all).allMatch(e -> e.kind() == Kind.DATE || e.kind() == Kind.YEAR);
    }

    @Test
    void monthAloneIsNothing() {
      assertThat(all("in August")).isEmpty();
    }
  }

  @Nested
  class Numerals {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "1,234,567|1234567",
      "1 234 567|1234567",
      "40 000|40000",
      "40\u202f000|40000",
      "1\u202f234\u202f567.89|1234567.89",
      ".08|0.08",
      "4.800|4.8",
      "-9.2321312|-9.2321312",
      "−273.15|-273.15",
      "123456789101231|123456789101231",
      "1.111,11|1111.11",
      "1,3|1.3",
      "1e10|10000000000",
      "1.3e6|1300000",
      "-12e-1|-1.2",
      "12.32e+14|1232000000000000",
      "2.5^-1|0.4",
      "1.3x10^6|1300000",
      "2.48×10−5|0.0000248",
      "8x2^10|8192"
    })
    void digits(String text, String value) {
      assertExact(one(text), value);
    }

    @Test
    void powerOfDecimal() {
      assertThat(one("1.1^23").low().doubleValue()).isCloseTo(8.95430243255239,
          org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "10k|10000",
      "12k|12000",
      "1.2b|1200000000",
      "10M|10000000",
      "2 million|2000000",
      "1 trillion|1000000000000",
      "2.5 billion|2500000000",
      "5bn|5000000000",
      "10 bln|10000000000",
      "2mil|2000000",
      "1MM|1000000",
      "2.33 k|2330",
      "1,674.5 G|1674500000000",
      "13 lakh|1300000",
      "1 crore|10000000",
      "three lakh crore|3000000000000",
      "322 hundred|32200",
      "3 dozens|36"
    })
    void multipliers(String text, String value) {
      NumberExpression e = one(text);
      assertExact(e, value);
      assertThat(e.span().of(text)).isEqualTo(text);
    }

    @Test
    void commaListIsSeveralNumbers() {
      List<NumberExpression> q = quantities("Exercises nrs. 22,24,26,31.");
      assertThat(q).extracting(NumberExpression::low).map(BigDecimal::intValue)
          .containsExactly(22, 24, 26, 31);
    }

    @Test
    void spaceAfterCommaSeparatesNumbers() {
      assertThat(quantities("1, 234, 567")).hasSize(3);
    }

    @Test
    void lowercaseMIsMillionBeforeCountsAndMoney() {
      assertExact(one("Some 1.5m people were displaced"), "1500000");
      assertExact(one("a £1.5m fine"), "1500000");
      assertThat(one("I'm 1.8m tall").unit()).isEqualTo("metre");
    }

    @Test
    void digitsTooLongAreACode() {
      String s = "id " + "7".repeat(60);
      assertThat(quantities(s)).isEmpty();
      assertThat(all(s)).singleElement().extracting(NumberExpression::kind)
          .isEqualTo(Kind.VERSION_OR_CODE);
    }
  }

  @Nested
  class Words {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "three|3",
      "twenty-one trillion three hundred|21000000000300",
      "twenty-one trillion and three hundred|21000000000300",
      "one hundred and sixty-one|161",
      "two hundred and two thousand|202000",
      "two  thousand  and  two hundred|2200",
      "fifty - two|52",
      "a dozen|12",
      "half a dozen|6",
      "a hundred|100",
      "a hundred and two|102",
      "a million|1000000",
      "half a million|500000",
      "half million|500000",
      "quarter million|250000",
      "two hundred point zero three|200.03",
      "nine point nought four|9.04",
      "minus five point five|-5.5",
      "negative one|-1",
      "zero|0",
      "4 thousand 3 hundred and 21|4321",
      "three hundred and two dozens|324",
      "three million, two hundred & forty|3000240"
    })
    void cardinals(String text, String value) {
      NumberExpression e = one(text);
      assertExact(e, value);
      assertThat(e.span().of(text)).isEqualTo(text);
    }

    @Test
    void spelledOutFlag() {
      assertThat(one("twenty-six people").spelledOut()).isTrue();
      assertThat(one("2 million people").spelledOut()).isFalse();
    }

    @Test
    void hyphenatedWordsAreNoRange() {
      List<NumberExpression> q = quantities("they were playing three-nought-four");
      assertThat(q).extracting(NumberExpression::qualifier).containsOnly(Qualifier.EXACT);
      assertThat(q).extracting(e -> e.low().intValue()).containsExactly(3, 0, 4);
    }

    @Test
    void parallelHundredsAreTwoNumbers() {
      List<NumberExpression> q = quantities("3 hundred and 2 hundred are");
      assertThat(q).hasSize(2);
      assertExact(q.get(0), "300");
      assertExact(q.get(1), "200");
    }

    @Test
    void pronounOneIsNotReturned() {
      for (String s : List.of("the one you mentioned", "This one you is not correct",
          "Which one do you prefer?", "That one is really good", "one of the soldiers",
          "no one came", "they helped one another")) {
        assertThat(all(s)).as(s).isEmpty();
      }
    }

    @Test
    void countingOneIsReturned() {
      assertExact(one("Let's try one last time"), "1");
      assertExact(one("One soldier died"), "1");
      assertThat(one("that one mile can provide").unit()).isEqualTo("mile");
    }
  }

  @Nested
  class Fractions {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "two thirds|0.6666666666666667",
      "3/4|0.75",
      "-4/5|-0.8",
      "2 1/2|2.5",
      "2  1/4|2.25",
      "one and a half|1.5",
      "½|0.5",
      "2½|2.5",
      "a quarter|0.25",
      "a half|0.5",
      "three quarters|0.75",
      "one-eighth|0.125",
      "five - eighths|0.625",
      "a trillionth|0.000000000001",
      "a hundred trillionths|0.0000000001",
      "twenty one fifths|4.2",
      "twenty twenty fifths|0.8",
      "one hundred and thirty fifths|26",
      "one hundred thirty two fifths|26.4",
      "one million two thousand two hundred three fifths|200440.6",
      "one hundred and three quarters|100.75",
      "one hundred and three and two thirds|103.6666666666667",
      "one over three|0.3333333333333333",
      "2000 over 3|666.6666666666667",
      "one out of three|0.3333333333333333",
      "two thirds of a million|666666.6666666667",
      "five and a half million|5500000",
      "one billion and a half million|1000500000"
    })
    void values(String text, String value) {
      NumberExpression e = one(text);
      assertThat(e.low()).isEqualByComparingTo(value);
      assertThat(e.span().of(text)).isEqualTo(text);
    }

    @Test
    void kindIsFraction() {
      assertThat(one("two thirds of the cake").kind()).isEqualTo(Kind.FRACTION);
      assertThat(one("a third of the vote").kind()).isEqualTo(Kind.FRACTION);
    }

    @Test
    void aThirdBeforeANounIsARank() {
      assertThat(quantities("he won a third term")).isEmpty();
      assertThat(all("he won a third term")).singleElement().extracting(NumberExpression::kind)
          .isEqualTo(Kind.ORDINAL);
    }

    @Test
    void hyphenatedProportion() {
      NumberExpression e = one("one-in-four homes");
      assertThat(e.kind()).isEqualTo(Kind.FRACTION);
      assertThat(e.low()).isEqualByComparingTo("0.25");
      assertThat(one("one out of every 200 customers").low()).isEqualByComparingTo("0.005");
    }

    @Test
    void proportionInText() {
      NumberExpression e = one("about one in eight workers");
      assertThat(e.kind()).isEqualTo(Kind.FRACTION);
      assertThat(e.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
      assertThat(e.low()).isEqualByComparingTo("0.125");
    }

    @Test
    void overBeforeAUnitIsAQualifier() {
      List<NumberExpression> q = quantities("I want to earn $2000 over 3 years");
      assertThat(q).hasSize(2);
      assertThat(q.get(1).qualifier()).isEqualTo(Qualifier.MORE_THAN);
      assertThat(q.get(1).unit()).isEqualTo("year");
    }
  }

  @Nested
  class Qualifiers {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "about 300|APPROXIMATELY",
      "roughly 300|APPROXIMATELY",
      "some 300|APPROXIMATELY",
      "around 300|APPROXIMATELY",
      "an estimated 300|APPROXIMATELY",
      "approximately 300|APPROXIMATELY",
      "at least 300|AT_LEAST",
      "300 or more|AT_LEAST",
      "no fewer than 300|AT_LEAST",
      "no less than 300|AT_LEAST",
      "a minimum of 300|AT_LEAST",
      "300+|AT_LEAST",
      "more than 300|MORE_THAN",
      "over 300|MORE_THAN",
      "above 300|MORE_THAN",
      "upwards of 300|MORE_THAN",
      "in excess of 300|MORE_THAN",
      "exceeding 300|MORE_THAN",
      "greater than 300|MORE_THAN",
      "at most 300|AT_MOST",
      "no more than 300|AT_MOST",
      "a maximum of 300|AT_MOST",
      "300 or less|AT_MOST",
      "300 or fewer|AT_MOST",
      "less than 300|LESS_THAN",
      "fewer than 300|LESS_THAN",
      "under 300|LESS_THAN",
      "below 300|LESS_THAN",
      "nearly 300|LESS_THAN",
      "almost 300|LESS_THAN",
      "just shy of 300|LESS_THAN",
      "up to 300|UP_TO",
      "as many as 300|UP_TO",
      "as much as 300|UP_TO",
      "300 or so|APPROXIMATELY",
      "exactly 300|EXACT"
    })
    void qualifierAndInterval(String text, Qualifier q) {
      NumberExpression e = one(text);
      assertThat(e.qualifier()).isEqualTo(q);
      assertThat(e.span().of(text)).isEqualTo(text);
      assertThat(e.numberSpan().of(text)).isEqualTo("300");
      BigDecimal v = d("300");
      switch (q) {
        case EXACT, APPROXIMATELY -> assertExact(e, "300");
        case AT_LEAST, MORE_THAN -> {
          assertThat(e.low()).isEqualByComparingTo(v);
          assertThat(e.high()).isNull();
        }
        default -> {
          assertThat(e.low()).isNull();
          assertThat(e.high()).isEqualByComparingTo(v);
        }
      }
    }

    @Test
    void symbols() {
      assertThat(one("x>10").qualifier()).isEqualTo(Qualifier.MORE_THAN);
      assertThat(one("y<20").qualifier()).isEqualTo(Qualifier.LESS_THAN);
      assertThat(one("when >= 30").qualifier()).isEqualTo(Qualifier.AT_LEAST);
      assertThat(one("when <=  -30").high()).isEqualByComparingTo("-30");
      assertThat(all("<>30")).noneMatch(e -> e.qualifier() != Qualifier.EXACT);
    }

    @Test
    void qualifierWithMoney() {
      NumberExpression e = one("more than $ 247 million in receipts");
      assertThat(e.qualifier()).isEqualTo(Qualifier.MORE_THAN);
      assertThat(e.low()).isEqualByComparingTo("247000000");
      assertThat(e.unit()).isEqualTo("USD");
    }

    @Test
    void lowerAndUpperBoundMakeARange() {
      String s = "more than 10 and less than 40";
      NumberExpression e = one(s);
      assertThat(e.qualifier()).isEqualTo(Qualifier.RANGE);
      assertThat(e.low()).isEqualByComparingTo("10");
      assertThat(e.high()).isEqualByComparingTo("40");
      assertThat(e.span().of(s)).isEqualTo(s);
    }

    @Test
    void contradictoryBoundsStayApart() {
      assertThat(quantities("More than 40 and less than 10 are two ranges"))
          .extracting(NumberExpression::qualifier)
          .startsWith(Qualifier.MORE_THAN, Qualifier.LESS_THAN);
    }
  }

  @Nested
  class Ranges {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "between 5 and 7|5|7",
      "5 to 7|5|7",
      "5-7|5|7",
      "5–7|5|7",
      "1000 - 5000|1000|5000",
      "from 5 to 7|5|7",
      "20 through 100|20|100",
      "20~100|20|100",
      "two or three|2|3",
      "between 5 and 7 million|5000000|7000000",
      "5k-20k|5000|20000",
      "from one thousand to one thousand and five hundred|1000|1500"
    })
    void bounds(String text, String low, String high) {
      NumberExpression e = one(text);
      assertThat(e.qualifier()).isEqualTo(Qualifier.RANGE);
      assertThat(e.low()).isEqualByComparingTo(low);
      assertThat(e.high()).isEqualByComparingTo(high);
      assertThat(e.span().of(text)).isEqualTo(text);
    }

    @Test
    void unitsAndCurrencySpreadAcrossTheRange() {
      NumberExpression pct = one("between 5% and 7%");
      assertThat(pct.unit()).isEqualTo("percent");
      NumberExpression mg = one("between 44 and 50 mg");
      assertThat(mg.unit()).isEqualTo("milligram");
      assertThat(mg.low()).isEqualByComparingTo("44");
      NumberExpression usd = one("$5-7 million");
      assertThat(usd.unit()).isEqualTo("USD");
      assertThat(usd.low()).isEqualByComparingTo("5000000");
      assertThat(usd.high()).isEqualByComparingTo("7000000");
    }

    @Test
    void aRateOnTheSecondAmountCoversTheRange() {
      NumberExpression e = one("making between $30,000 and $60,000 a year");
      assertThat(e.unit()).isEqualTo("USD per year");
      assertThat(e.low()).isEqualByComparingTo("30000");
      assertThat(e.high()).isEqualByComparingTo("60000");
    }

    @Test
    void fromRangeMayRunDownwards() {
      NumberExpression e = one("temperatures ranged from -18 °C to -34 °C");
      assertThat(e.low()).isEqualByComparingTo("-34");
      assertThat(e.high()).isEqualByComparingTo("-18");
      assertThat(e.unit()).isEqualTo("degree Celsius");
    }

    @Test
    void differentUnitsAreNoRange() {
      assertThat(quantities("changed from 44 ml to 50 mg")).hasSize(2);
    }

    @Test
    void vagueCounts() {
      NumberExpression e = one("tens of thousands of people");
      assertThat(e.qualifier()).isEqualTo(Qualifier.RANGE);
      assertThat(e.low()).isEqualByComparingTo("20000");
      assertThat(e.high()).isEqualByComparingTo("99999");
      assertThat(one("hundreds of homes").low()).isEqualByComparingTo("200");
      assertThat(one("dozens of homes").high()).isEqualByComparingTo("119");
      NumberExpression b = one("billions of dollars");
      assertThat(b.unit()).isEqualTo("USD");
      assertThat(quantities("several weeks, a few days, many people")).isEmpty();
      assertThat(quantities("hundreds were killed")).isEmpty();
    }

    @Test
    void figures() {
      NumberExpression e = one("a seven-figure sum");
      assertThat(e.low()).isEqualByComparingTo("1000000");
      assertThat(e.high()).isEqualByComparingTo("9999999");
      assertThat(one("double-digit inflation").high()).isEqualByComparingTo("99");
    }

    @Test
    void uncertainty() {
      NumberExpression e = one("9.83e-3 +/- 1e-5 km");
      assertThat(e.low()).isEqualByComparingTo("0.00982");
      assertThat(e.high()).isEqualByComparingTo("0.00984");
    }
  }

  @Nested
  class Units {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "42%|42|percent",
      "42 percent|42|percent",
      "42 per cent|42|percent",
      "42 pct|42|percent",
      "40pc|40|percent",
      "twenty percent|20|percent",
      "3 percentage points|3|percentage points",
      "$1.2 million|1200000|USD",
      "$20|20|USD",
      "US$ 1MM|1000000|USD",
      "€5bn|5000000000|EUR",
      "£2,000|2000|GBP",
      "5 million euros|5000000|EUR",
      "2 trillion won|2000000000000|KRW",
      "10 billion rubles|10000000000|RUB",
      "1.5 billion hryvnias|1500000000|UAH",
      "Rs 500 crore|5000000000|INR",
      "50 cents|0.5|USD",
      "470 pence|4.7|GBP",
      "thirteen dollars and forty-five cents|13.45|USD",
      "c $ 16.4 million|16400000|CAD",
      "hk $ 10.05 billion|10050000000|HKD",
      "USD 200|200|USD",
      "115USD|115|USD",
      "USD115|115|USD",
      "30 MUSD|30000000|USD",
      "-15€|-15|EUR",
      "100元|100|CNY",
      "361 million pounds|361000000|GBP",
      "25 pounds|25|pound-mass",
      "1,500,000 kilometres|1500000|kilometre",
      "930,000 mi|930000|mile",
      "2 1/2 in thick|2.5|inch",
      "6 weeks|6|week",
      "3-inch|3|inch",
      "six-mile|6|mile",
      "16,000 metric tons|16000|tonne",
      "278,000 t|278000|tonne",
      "190 km2|190|square kilometre",
      "4 km squared|4|square kilometre",
      "4 cubic kilometers|4|cubic kilometre",
      "10kg|10|kilogram",
      "25lbs|25|pound-mass",
      "20 (kg)|20|kilogram",
      "188 miles an hour|188|mile per hour",
      "10km/hr|10|kilometre per hour",
      "32 degrees Celsius|32|degree Celsius",
      "572 °F|572|degree fahrenheit",
      "-10C|-10|degree Celsius",
      "2.80 GHz|2.8|gigahertz",
      "8 MB|8|megabyte",
      "100 mb|100|megabit",
      "1.7 eV|1.7|electronvolt",
      "7.3 MWh|7.3|megawatt hour",
      "0.5k miles|500|mile",
      "5 feet 2 inches|5.166666666666667|foot",
      "500,000 barrels a day|500000|barrel per day",
      "$15.4/hour|15.4|USD per hour",
      "2.1 pm|2.1|picometre",
      "SGD1.75-billion|1750000000|SGD",
      "0.68 in (|0.68|inch"
    })
    void units(String text, String value, String unit) {
      NumberExpression e = one(text);
      assertThat(e.low()).isEqualByComparingTo(value);
      assertThat(e.unit()).isEqualTo(unit);
    }

    @Test
    void marginOfErrorPoints() {
      NumberExpression e = one("a margin of error of plus or minus 3 points");
      assertThat(e.unit()).isEqualTo("percentage points");
      assertExact(e, "3");
      assertThat(one("The Dow fell 190 points").unit()).isNull();
    }

    @Test
    void reversedPercent() {
      NumberExpression e = one("per cent of twenty-two");
      assertThat(e.unit()).isEqualTo("percent");
      assertExact(e, "22");
    }

    @Test
    void rateOnlyWhenItIsOne() {
      assertThat(one("$5 billion a year").unit()).isEqualTo("USD per year");
      assertThat(one("sales of $ 1.17 billion a year earlier").unit()).isEqualTo("USD");
    }

    @Test
    void eachAmountKeepsItsOwnCurrencySign() {
      List<NumberExpression> q = quantities("$ 20,000.00 $ 37,305.97 february expenses");
      assertThat(q).extracting(NumberExpression::unit).containsExactly("USD", "USD");
      assertThat(one("The cost is 500 USD, more than expected").unit()).isEqualTo("USD");
      assertThat(quantities("The cost is 500 USD,100 times more").get(0).unit()).isEqualTo("USD");
    }

    @Test
    void aListSharesTheLastUnit() {
      List<NumberExpression> q = quantities("They were given 45 and 50 mg ethanol.");
      assertThat(q).extracting(NumberExpression::unit).containsExactly("milligram", "milligram");
      assertThat(quantities("killed 45 and injured 50 people"))
          .extracting(NumberExpression::unit).containsOnlyNulls();
    }

    @Test
    void aLoneArticleBeforeADollarIsNotAustralian() {
      assertThat(one("he paid a $250,000 fine").unit()).isEqualTo("USD");
    }

    @Test
    void spansIncludeCurrencyAndUnit() {
      String s = "worth $1.2 million and 42% of 5 km";
      List<NumberExpression> q = quantities(s);
      assertThat(q).extracting(e -> e.span().of(s)).containsExactly("$1.2 million", "42%", "5 km");
      assertThat(q).extracting(e -> e.numberSpan().of(s)).containsExactly("1.2 million", "42", "5");
    }
  }

  @Nested
  class Multiplicatives {
    @Test
    void battalions() {
      String s = "three battalions of 500 soldiers each";
      NumberExpression e = one(s);
      assertExact(e, "1500");
      assertThat(e.span().of(s)).isEqualTo(s);
    }

    @Test
    void moneyEach() {
      NumberExpression e = one("two payments of $500 each");
      assertExact(e, "1000");
      assertThat(e.unit()).isEqualTo("USD");
    }

    @Test
    void withoutEachTheyStayApart() {
      assertThat(quantities("two brigades of 6,000 people")).hasSize(2);
    }
  }

  @Nested
  class NonQuantities {
    private Kind kindOf(String text, String part) {
      NumberExpression e = all(text).stream()
          .filter(x -> x.span().of(text).contains(part)).findFirst().orElseThrow(
              () -> new AssertionError("no expression with '" + part + "' in " + all(text)));
      return e.kind();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "Friday, November 22, 2024|22|DATE",
      "on 22 Nov|22|DATE",
      "due 11/22/2024 at noon|11/22/2024|DATE",
      "on 2024-11-22|2024-11-22|DATE",
      "on Oct. 8 the|8|DATE",
      "on 3 March 2022|3|DATE",
      "the 4th of July|4th|DATE",
      "at 10 a.m. today|10|TIME",
      "at 10:30 today|10:30|TIME",
      "at 22:00 GMT|22:00|TIME",
      "at 6pm|6pm|TIME",
      "in 2024|2024|YEAR",
      "the 2009-2010 season|2009-2010|YEAR",
      "in the '90s|90|YEAR",
      "the 1990s crisis|1990|YEAR",
      "in mid-1972|1972|YEAR",
      "the 2024 election|2024|YEAR",
      "the first time|first|ORDINAL",
      "the 21st century|21st|ORDINAL",
      "the third quarter|third|ORDINAL",
      "the twenty-first century|twenty-first|ORDINAL",
      "Smith, 45, said|45|AGE",
      "a 34-year-old man|34|AGE",
      "aged 45|45|AGE",
      "call +1-222-2222/2222 now|222|PHONE",
      "call (555) 123-4567 now|555|PHONE",
      "the G7 summit|G7|NAME_PART",
      "an F-16 jet|F-16|NAME_PART",
      "the COVID-19 pandemic|COVID-19|NAME_PART",
      "Su-34 bombers|Su-34|NAME_PART",
      "flew a Boeing 737 to|737|NAME_PART",
      "Apollo 11 landed|11|NAME_PART",
      "drove on Route 66 to|66|NAME_PART",
      "runs Windows 10 now|10|NAME_PART",
      "the object SCP-173 is|173|NAME_PART",
      "sales of the iPhone 15 fell|15|NAME_PART",
      "a 5G network|5G|NAME_PART",
      "host 192.168.1.2 is|192|VERSION_OR_CODE",
      "version 2.1.3 ships|2.1.3|VERSION_OR_CODE",
      "open 24/7|24/7|VERSION_OR_CODE",
      "won 3-1 at home|3-1|VERSION_OR_CODE",
      "passed 218-214 in the House|218|VERSION_OR_CODE",
      "conducted Oct. 1-3 among|1-3|DATE",
      "he is in his 70s now|70s|AGE",
      "music of the 80s was|80s|YEAR",
      "left No. 10 Downing Street|10|NAME_PART",
      "the Boeing 7E7 was|7E7|NAME_PART",
      "the 777-200LR can|777|NAME_PART",
      "at 320x240 pixels|320x240|VERSION_OR_CODE",
      "between 2014 and 2016 it|2014|YEAR",
      "until at least 2014 the|2014|YEAR",
      "32 percent below 2005 levels|2005|YEAR",
      "since the mid-1990s it|1990|YEAR",
      "people ages 55 to 65 pay|55 to 65|AGE",
      "tweet 778257943577919488 was|778257943577919488|VERSION_OR_CODE"
    })
    void kinds(String text, String part, Kind kind) {
      assertThat(kindOf(text, part)).isEqualTo(kind);
      assertThat(quantities(text)).noneMatch(e -> e.span().of(text).contains(part));
    }

    @Test
    void yearValueAndDecadeRange() {
      NumberExpression y = all("in 2024").get(0);
      assertExact(y, "2024");
      NumberExpression d = all("the 1990s").get(0);
      assertThat(d.qualifier()).isEqualTo(Qualifier.RANGE);
      assertThat(d.low()).isEqualByComparingTo("1990");
      assertThat(d.high()).isEqualByComparingTo("1999");
    }

    @Test
    void datesAndCodesCarryNoValue() {
      assertThat(all("on November 22, 2024 at 10:30 the G7 met"))
          .allMatch(e -> e.low() == null && e.high() == null);
    }

    @Test
    void fourDigitCountsAreNotYears() {
      assertThat(one("2000 to 3000 people").qualifier()).isEqualTo(Qualifier.RANGE);
      assertThat(one("2000 soldiers").kind()).isEqualTo(Kind.CARDINAL);
      assertThat(one("about 2000 were killed").kind()).isEqualTo(Kind.CARDINAL);
      assertThat(one("$2024").kind()).isEqualTo(Kind.CARDINAL);
    }

    @Test
    void urlsAreSkipped() {
      assertThat(all("see https://example.com/a/2024/11/22/story-123 for details")).isEmpty();
    }

    @Test
    void ageWithQualifierKeepsIt() {
      NumberExpression e = all("He is more than thirty years old.").get(0);
      assertThat(e.kind()).isEqualTo(Kind.AGE);
      assertThat(e.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    }
  }

  @Nested
  class Region {
    @Test
    void offsetsAreIntoTheWholeText() {
      String s = "Intro. Officials said 3,000 troops and 12 tanks moved. Outro 99.";
      int from = s.indexOf("Officials");
      int to = s.indexOf(" Outro");
      List<NumberExpression> found = R.find(s, from, to);
      assertThat(found).extracting(e -> e.span().of(s)).containsExactly("3,000", "12");
      assertThat(found).allMatch(e -> e.span().start() >= from && e.span().end() <= to);
    }

    @Test
    void emptyRegion() {
      assertThat(R.find("12 apples", 3, 3)).isEmpty();
    }

    @Test
    void badRegionThrows() {
      assertThatThrownBy(() -> R.find("12", 1, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void resultIsImmutable() {
      List<NumberExpression> found = all("3 apples");
      assertThatThrownBy(() -> found.add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class RecordValidation {
    private final Span s = new Span(0, 3);

    @Test
    void quantityNeedsBoundsThatFitItsQualifier() {
      assertThatThrownBy(() -> new NumberExpression(s, s, null, null, Qualifier.EXACT, null,
          Kind.CARDINAL, false)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new NumberExpression(s, s, d("1"), d("2"), Qualifier.EXACT, null,
          Kind.CARDINAL, false)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new NumberExpression(s, s, d("1"), d("2"), Qualifier.AT_LEAST,
          null, Kind.CARDINAL, false)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new NumberExpression(s, s, d("3"), d("2"), Qualifier.RANGE, null,
          Kind.CARDINAL, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numberSpanInsideSpan() {
      assertThatThrownBy(() -> new NumberExpression(s, new Span(2, 5), d("1"), d("1"),
          Qualifier.EXACT, null, Kind.CARDINAL, false))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonQuantitiesMayHaveNoValue() {
      NumberExpression e = new NumberExpression(s, s, null, null, Qualifier.EXACT, null,
          Kind.DATE, false);
      assertThat(e.isQuantity()).isFalse();
    }
  }
}
