package org.claimtrack.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.claimtrack.domain.Qualifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each production of the grammar on its own, on strings (package-info's rule in each nested
 * class name). No CoreNLP: these run in milliseconds.
 */
class ProductionsTest {

  private static Tokens tokens(String s) {
    return Tokens.of(s, 0, s.length());
  }

  /** The text a found expression covers. */
  private static String covered(String s, Tokens t, Found f) {
    return s.substring(t.start(f.start()), t.end(f.end() - 1));
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Nested
  class X1_X2_X8_NumericDates {
    @ParameterizedTest
    @CsvSource({
      "11/22/2024, DATE", "22.11.2024, DATE", "2024-11-22, DATE", "1995-01, DATE", "9/11, DATE",
      "24/7, VERSION_OR_CODE", "2009-2010, YEAR", "2013-14, YEAR"})
    void shapes(String s, Kind kind) {
      Found f = NumericDateShape.at(tokens(s), 0);
      assertThat(f.kind()).isEqualTo(kind);
      assertThat(covered(s, tokens(s), f)).isEqualTo(s);
    }

    @Test
    void spansOfYearsAreRanges() {
      Found f = NumericDateShape.at(tokens("2013-14"), 0);
      assertThat(f.low()).isEqualByComparingTo("2013");
      assertThat(f.high()).isEqualByComparingTo("2014");
    }

    @Test
    void fractionsAreNoDates() {
      assertThat(NumericDateShape.at(tokens("3/4"), 0)).isNull();
      assertThat(NumericDateShape.at(tokens("1/100"), 0)).isNull();
    }
  }

  @Nested
  class X1_CalendarDates {
    @Test
    void dayThenMonth() {
      String s = "the 22nd of November, 2024 was";
      Tokens t = tokens(s);
      assertThat(covered(s, t, CalendarDateShape.dayFirst(t, 1))).isEqualTo("22nd of November, 2024");
    }

    @Test
    void monthThenDayOrYear() {
      Tokens t = tokens("Oct. 1-3");
      assertThat(CalendarDateShape.monthFirst(t, 0).end()).isEqualTo(t.n);
      assertThat(CalendarDateShape.monthFirst(tokens("March 2020"), 0).kind()).isEqualTo(Kind.DATE);
    }

    @Test
    void anOrdinaryWordMonthNeedsAYearOrACapital() {
      assertThat(CalendarDateShape.monthFirst(tokens("may 5 miles"), 0)).isNull();
      assertThat(CalendarDateShape.dayFirst(tokens("5 may"), 0)).isNull();
      assertThat(CalendarDateShape.dayFirst(tokens("5 May"), 0)).isNotNull();
    }
  }

  @Nested
  class X3_Times {
    @ParameterizedTest
    @CsvSource({"10 a.m., 10 a.m.", "6pm, 6pm", "10:30, 10:30", "22:00 GMT, 22:00 GMT", "0800 GMT, 0800 GMT",
        "10 o'clock, 10 o'clock", "5.30pm, 5.30pm"})
    void times(String s, String cover) {
      Tokens t = tokens(s);
      Found f = TimeShape.at(t, 0);
      assertThat(f.kind()).isEqualTo(Kind.TIME);
      assertThat(covered(s, t, f)).isEqualTo(cover);
    }

    @Test
    void aRatioIsACodeAndAPlainFourDigitNumberNoTime() {
      assertThat(TimeShape.at(tokens("3:1"), 0).kind()).isEqualTo(Kind.VERSION_OR_CODE);
      assertThat(TimeShape.at(tokens("0800 people"), 0)).isNull();
    }
  }

  @Nested
  class X4_Ordinals {
    @Test
    void digitsWithSuffix() {
      Found f = OrdinalShape.at(tokens("21st"), 0);
      assertThat(f.kind()).isEqualTo(Kind.ORDINAL);
      assertThat(f.low()).isEqualByComparingTo("21");
      assertThat(OrdinalShape.at(tokens("21 st."), 0)).isNull();
    }
  }

  @Nested
  class X2_X5_Decades {
    @Test
    void decadesAreRangesOfYearsOrAges() {
      Found y = DecadeShape.at(tokens("the 1990s"), 1);
      assertThat(y.kind()).isEqualTo(Kind.YEAR);
      assertThat(y.low()).isEqualByComparingTo("1990");
      assertThat(y.high()).isEqualByComparingTo("1999");
      Found a = DecadeShape.at(tokens("in his 70s"), 2);
      assertThat(a.kind()).isEqualTo(Kind.AGE);
      assertThat(a.low()).isEqualByComparingTo("70");
      Found e = DecadeShape.at(tokens("their early 20s"), 2);
      assertThat(e.kind()).isEqualTo(Kind.AGE);
      Found ap = DecadeShape.apostrophe(tokens("'90s"), 0);
      assertThat(ap.low()).isEqualByComparingTo("1990");
    }

    @Test
    void apostropheYearsAreYearsUnlessAWordFollows() {
      Found y = DecadeShape.apostrophe(tokens("'19 '20 '21"), 0);
      assertThat(y.kind()).isEqualTo(Kind.YEAR);
      assertThat(y.low()).isEqualByComparingTo("2019");
      assertThat(DecadeShape.apostrophe(tokens("in '98."), 1).low()).isEqualByComparingTo("1998");
      assertThat(DecadeShape.apostrophe(tokens("'19 people were killed,'"), 0)).isNull();
    }
  }

  @Nested
  class X5_Ages {
    @Test
    void appositive() {
      Tokens t = tokens("John Smith, 45, said");
      assertThat(AgeShape.appositive(t, 3).low()).isEqualByComparingTo("45");
      assertThat(AgeShape.appositive(tokens("On Monday, 45, said"), 3)).isNull();
    }

    @Test
    void afterAnAgeWord() {
      assertThat(AgeShape.afterAgeWord(tokens("aged 45"), 0).low()).isEqualByComparingTo("45");
      Found r = AgeShape.afterAgeWord(tokens("ages 55 to 65"), 0);
      assertThat(r.qualifier()).isEqualTo(Qualifier.RANGE);
      assertThat(r.high()).isEqualByComparingTo("65");
      assertThat(AgeShape.afterAgeWord(tokens("aged 450"), 0)).isNull();
    }

    @Test
    void yearsOld() {
      Tokens t = tokens("a 34-year-old man");
      Num n = Numeral.at(t, 1);
      assertThat(AgeShape.afterNumber(t, n).end()).isEqualTo(6);
      Tokens u = tokens("34 years old");
      assertThat(AgeShape.afterNumber(u, Numeral.at(u, 0)).kind()).isEqualTo(Kind.AGE);
    }
  }

  @Nested
  class X6_Phones {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"+1-222-2222/2222", "(555) 123-4567", "555-123-4567", "+44 20 7946 0958"})
    void phones(String s) {
      Found f = PhoneShape.at(tokens(s), 0);
      assertThat(f.kind()).isEqualTo(Kind.PHONE);
      assertThat(covered(s, tokens(s), f)).isEqualTo(s);
    }

    @Test
    void twoGroupsAreNoPhone() {
      assertThat(PhoneShape.at(tokens("12-34"), 0)).isNull();
    }
  }

  @Nested
  class X7_Names {
    @Test
    void chainsOfLettersAndDigits() {
      String s = "flight MH17 and the 777-200LR";
      Tokens t = tokens(s);
      assertThat(covered(s, t, NameShape.chain(t, 1))).isEqualTo("MH17");
      assertThat(covered(s, t, NameShape.gluedCode(t, 5))).isEqualTo("777-200LR");
    }

    @Test
    void variantNamesAreNames() {
      assertThat(Shapes.wordShape(tokens("XBB.1.5 spread"), 0).kind()).isEqualTo(Kind.NAME_PART);
      assertThat(Shapes.wordShape(tokens("XBB.1.5 spread"), 0).end()).isEqualTo(5);
      assertThat(Shapes.wordShape(tokens("JN.1"), 0).kind()).isEqualTo(Kind.NAME_PART);
    }

    @Test
    void sizesAreCodesAndKnownSuffixesAreNot() {
      assertThat(NameShape.gluedCode(tokens("1920×1080"), 0).kind()).isEqualTo(Kind.VERSION_OR_CODE);
      assertThat(NameShape.gluedCode(tokens("10km"), 0)).isNull();
      assertThat(NameShape.gluedCode(tokens("21st"), 0)).isNull();
      assertThat(NameShape.gluedCode(tokens("4G"), 0).kind()).isEqualTo(Kind.NAME_PART);
    }

    @Test
    void designations() {
      Tokens t = tokens("the Boeing 737 landed");
      assertThat(NameShape.designation(t, 2).start()).isEqualTo(1);
      assertThat(NameShape.designation(tokens("Apollo 11"), 1)).isNotNull();
      assertThat(NameShape.designation(tokens("Russia Deploys 500 Troops"), 2)).isNull();
      assertThat(NameShape.designation(tokens("In 40 cities"), 1)).isNull();
    }
  }

  @Nested
  class X2_Years {
    @ParameterizedTest
    @CsvSource({"in 2019 it, 1, 2019", "below 2005 levels, 1, 2005", "until at least 2014, 3, 2014",
        "between 2014 and 2016, 1, 2014", "the 2024 election, 1, 2024"})
    void years(String s, int at, long year) {
      Found f = YearShape.at(tokens(s), at);
      assertThat(f.kind()).isEqualTo(Kind.YEAR);
      assertThat(f.low()).isEqualByComparingTo(BigDecimal.valueOf(year));
    }

    @ParameterizedTest
    @CsvSource({"more than 2000, 2", "2000 people, 0", "2000 to 3000 people, 0", "$2000, 1", "2000 km, 0"})
    void amounts(String s, int at) {
      assertThat(YearShape.at(tokens(s), at)).isNull();
    }

    @Test
    void fiscalAndHyphenated() {
      assertThat(YearShape.fiscal(tokens("FY2024"), 0).low()).isEqualByComparingTo("2024");
      Found mid = YearShape.hyphenated(tokens("mid-1990s"), 0);
      assertThat(mid.start()).isZero();
      assertThat(mid.high()).isEqualByComparingTo("1999");
      assertThat(YearShape.hyphenated(tokens("pre-2008"), 0).low()).isEqualByComparingTo("2008");
    }
  }

  @Nested
  class X8_Codes {
    @Test
    void scoresVersionsAndDottedCodes() {
      assertThat(ScoreShape.at(tokens("3-1"), 0).kind()).isEqualTo(Kind.VERSION_OR_CODE);
      assertThat(ScoreShape.at(tokens("1-3"), 0)).isNull();
      assertThat(VersionShape.at(tokens("iOS 17"), 0).kind()).isEqualTo(Kind.VERSION_OR_CODE);
      assertThat(VersionShape.at(tokens("v2"), 0)).isNotNull();
      assertThat(VersionShape.at(tokens("v 2"), 0)).isNull();
      assertThat(DottedCodeShape.at(tokens("192.168.1.2"), 0).end()).isEqualTo(7);
      assertThat(DottedCodeShape.at(tokens("1.2"), 0)).isNull();
    }
  }

  @Nested
  class X10_Links {
    @Test
    void linksAreDroppedWhole() {
      Tokens t = tokens("https://x.com/a/1 and");
      Found f = LinkShape.at(t, 0);
      assertThat(f.drop()).isTrue();
      assertThat(t.is(f.end(), "and")).isTrue();
    }
  }

  @Nested
  class N1_N4_Numerals {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12,000|12000", "1 000 000|1000000", "3.5|3.5", ".5|0.5", "-5|-5",
        "−0.5|-0.5", "1.111,11|1111.11", "1,3|1.3", "1e10|1E+10", "1.3x10^6|1300000", "2.48×10−5|0.0000248",
        "½|0.5"})
    void values(String s, String value) {
      Num n = Numeral.at(tokens(s), 0);
      assertThat(n.value()).isEqualByComparingTo(value);
      assertThat(n.end()).isEqualTo(tokens(s).n);
    }

    @Test
    void plainIntegersAreMarked() {
      assertThat(Numeral.at(tokens("2024"), 0).plainInt()).isTrue();
      assertThat(Numeral.at(tokens("2,024"), 0).plainInt()).isFalse();
    }

    @Test
    void codesAreNoNumbers() {
      assertThat(Numeral.at(tokens("1.2.3"), 0).kind()).isEqualTo(Kind.VERSION_OR_CODE);
      assertThat(Numeral.at(tokens("12345678901234567"), 0).kind()).isEqualTo(Kind.VERSION_OR_CODE);
      assertThat(Numeral.at(tokens("1,2,3"), 2).value()).isEqualByComparingTo("2"); // a list, no decimal comma
    }
  }

  @Nested
  class N5_N6_Suffixes {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3/4|0.75", "2 1/2|2.5", "2½|2.5", "12k|12000", "10 bln|10000000000",
        "1.2b|1200000000", "£1.5m|1500000", "1.5m people|1500000"})
    void values(String s, String value) {
      Tokens t = tokens(s);
      int at = t.isSym(0) && !Numeral.starts(t, 0) ? 1 : 0;
      assertThat(NumeralSuffix.at(t, at).value()).isEqualByComparingTo(value);
    }

    @Test
    void metresAndNamesAreNoMultipliers() {
      assertThat(NumeralSuffix.at(tokens("1.8m tall"), 0).value()).isEqualByComparingTo("1.8");
      assertThat(NumeralSuffix.at(tokens("5G"), 0).value()).isEqualByComparingTo("5");
    }
  }

  @Nested
  class W1_Cardinals {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"one hundred and sixty-one|161", "two million, three hundred thousand|2300000",
        "4 thousand 3 hundred|4300", "3 hundred and 21|321", "1.75-billion|1750000000", "five dozen|60",
        "twelve|12", "zero|0"})
    void values(String s, String value) {
      CardinalState g = Cardinal.from(tokens(s), 0);
      assertThat(g.value()).isEqualByComparingTo(value);
      assertThat(g.end()).isEqualTo(tokens(s).n);
    }

    @Test
    void theWordAfterAndStartsANewNumberWhenItCannotContinue() {
      Tokens t = tokens("3 hundred and 2 hundred");
      CardinalState g = Cardinal.from(t, 0);
      assertThat(g.value()).isEqualByComparingTo("300");
      assertThat(g.end()).isEqualTo(2);
    }

    @Test
    void andBeforeAFractionIsNoJoiner() {
      CardinalState g = Cardinal.from(tokens("two and a half"), 0);
      assertThat(g.value()).isEqualByComparingTo("2");
      assertThat(g.end()).isEqualTo(1);
    }

    @Test
    void statesAreImmutableAndTransitionsRefuseWhatCannotFollow() {
      CardinalState five = CardinalState.empty().unit(BigDecimal.valueOf(5)).wordRead(1);
      assertThat(five.unit(BigDecimal.ONE)).isNull(); // "five one"
      CardinalState hundred = five.hundred(false);
      assertThat(five.value()).isEqualByComparingTo("5");
      assertThat(hundred.value()).isEqualByComparingTo("500");
      assertThat(hundred.hundred(false)).isNull(); // "five hundred hundred"
      CardinalState thousand = hundred.scale(BigDecimal.valueOf(1000));
      assertThat(thousand.value()).isEqualByComparingTo("500000");
      assertThat(thousand.base()).isEqualByComparingTo("500");
      assertThat(thousand.scale(BigDecimal.valueOf(1000))).isNull(); // not a larger scale
      assertThat(thousand.scale(BigDecimal.valueOf(1_000_000)).value()).isEqualByComparingTo("500000000000");
      assertThat(CardinalState.empty().teen(BigDecimal.TEN).dozen().value()).isEqualByComparingTo("120");
    }
  }

  @Nested
  class W2_W7_WordNumbers {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a hundred|100", "a dozen|12", "two point five|2.5",
        "two hundred point zero three|200.03", "two thirds|0.6666666666666667", "one-eighth|0.125",
        "one and a half|1.5", "two and three quarters million|2750000", "a fifth|0.2",
        "half a million|500000", "quarter million|250000", "two thirds of a million|666666.6666666667",
        "minus five|-5", "negative 3|-3", "2.75 lakh|275000", "one hundred thirty fifths|2.857142857142857"})
    void values(String s, String value) {
      Num n = WordNumbers.at(tokens(s), 0);
      assertThat(n.value()).isEqualByComparingTo(value);
      assertThat(n.end()).isEqualTo(tokens(s).n);
    }

    @Test
    void ranksAreOrdinals() {
      assertThat(WordNumbers.at(tokens("twenty-first"), 0).kind()).isEqualTo(Kind.ORDINAL);
      assertThat(WordNumbers.at(tokens("first"), 0).kind()).isEqualTo(Kind.ORDINAL);
      assertThat(WordNumbers.at(tokens("twenty fifth"), 0).kind()).isEqualTo(Kind.ORDINAL);
      assertThat(WordNumbers.at(tokens("a third term"), 0)).isNull();
    }

    @Test
    void aBareHalfOnlyWhereItCountsHalf() {
      assertThat(WordNumbers.at(tokens("half"), 0).halfWord()).isTrue();
      assertThat(WordNumbers.at(tokens("the first half"), 2)).isNull();
      assertThat(WordNumbers.at(tokens("half-brother"), 0)).isNull();
    }
  }

  @Nested
  class U1_U4_Amounts {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"$1.2 million|1200000|USD", "42%|42|percent", "50 cents|0.5|USD",
        "3 dollars 50 cents|3.5|USD", "5 feet 2 inches|5.1666666666666667|foot", "361 million pounds|361000000|GBP",
        "5 pounds|5|pound-mass", "$15.4/hour|15.4|USD per hour", "500,000 barrels a day|500000|barrel per day",
        "10-mile|10|mile", "2 in thick|2|inch", "US$ 1MM|1000000|USD", "75 USD million|75000000|USD"})
    void amounts(String s, String value, String unit) {
      Amount a = Amounts.at(tokens(s), 0);
      assertThat(a.value()).isEqualByComparingTo(value);
      assertThat(a.unitName()).isEqualTo(unit);
    }

    @Test
    void aRateIsNoRateBeforeATimeWord() {
      Amount a = Amounts.at(tokens("$1.17 billion a year earlier"), 0);
      assertThat(a.unitName()).isEqualTo("USD");
    }

    @Test
    void anAmountThatIsAnAgeOrDateIsThatShape() {
      assertThat(Amounts.at(tokens("45-year-old"), 0).special().kind()).isEqualTo(Kind.AGE);
      assertThat(Amounts.at(tokens("first"), 0).special().kind()).isEqualTo(Kind.ORDINAL);
    }
  }

  @Nested
  class Q_R_W6_Expressions {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "at least 3,000|AT_LEAST|3000|", "more than 40|MORE_THAN|40|", "nearly 7|LESS_THAN||7",
      "up to 20|UP_TO||20", "about 5|APPROXIMATELY|5|5", "exactly 5|EXACT|5|5",
      "40 or more|AT_LEAST|40|", "30 or so|APPROXIMATELY|30|30", "between 5 and 7 million|RANGE|5000000|7000000",
      "from 7 to 5|RANGE|5|7", "5-7|RANGE|5|7", "two or three|RANGE|2|3", "10 ± 2|RANGE|8|12",
      "1 in 5|EXACT|0.2|0.2", "two brigades of 6,000 people each|EXACT|12000|12000"})
    void expressions(String s, Qualifier q, String low, String high) {
      Found f = Expressions.at(tokens(s), 0);
      assertThat(f.qualifier()).isEqualTo(q);
      if (low == null) {
        assertThat(f.low()).isNull();
      } else {
        assertThat(f.low()).isEqualByComparingTo(low);
      }
      if (high == null) {
        assertThat(f.high()).isNull();
      } else {
        assertThat(f.high()).isEqualByComparingTo(high);
      }
    }

    @Test
    void aPronounOneIsDropped() {
      assertThat(Expressions.at(tokens("one of the"), 0).drop()).isTrue();
      assertThat(Expressions.at(tokens("one of 5"), 0).drop()).isFalse();
    }

    @Test
    void vagueAndDigitCountsAndReversedPercents() {
      Found h = VagueCountShape.at(tokens("tens of thousands of dollars"), 0);
      assertThat(h.low()).isEqualByComparingTo("20000");
      assertThat(h.high()).isEqualByComparingTo("99999");
      assertThat(h.unit()).isEqualTo("USD");
      assertThat(VagueCountShape.at(tokens("hundreds"), 0)).isNull();
      assertThat(DigitCountShape.at(tokens("double-digit"), 0).high()).isEqualByComparingTo("99");
      Found p = ReversedPercentShape.at(tokens("percent of 10"), 0);
      assertThat(p.unit()).isEqualTo("percent");
      assertThat(p.low()).isEqualByComparingTo("10");
    }
  }
}
