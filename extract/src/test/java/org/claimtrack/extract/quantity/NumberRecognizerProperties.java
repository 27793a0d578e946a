package org.claimtrack.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link NumberRecognizer#find} on arbitrary input: it never throws, returns spans
 * inside the region, ordered and non-overlapping, with low <= high, is deterministic, and stays
 * linear on long inputs.
 */
class NumberRecognizerProperties {
  private static final NumberRecognizer R = NumberRecognizer.standard();

  /** Tokens that exercise the grammar: numerals, number words, qualifiers, units, joiners. */
  private static final List<String> TOKENS = List.of(
      "0", "1", "2", "7", "12", "99", "100", "365", "1000", "2024", "1999", "12345", "007",
      "1,000", "1,234,567", "12,34,567", "1.5", ".08", "3.14", "1.2.3", "192.168.1.2", "-5",
      "−3", "+7", "1e10", "1.3e6", "2^10", "1.1^23", "8x2^10", "2.48×10−5", "3/4", "24/7",
      "5/17/2018", "2024-11-22", "2009-2010", "3-1", "5-7", "10:30", "22:00", "10k", "5bn",
      "1MM", "2mil", "1.5m", "12th", "21st", "'90s", "1990s", "½", "¾", "2½", "4G", "G7", "F-16",
      "COVID-19", "+1-222-2222/2222", "(555) 123-4567", "one", "two", "three", "ten", "twelve",
      "twenty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "billion",
      "lakh", "crore", "dozen", "dozens", "half", "quarter", "quarters", "third", "thirds",
      "fifth", "fifths", "first", "second", "point", "zero", "nought", "a", "an", "and", "&",
      "or", "to", "-", "–", "~", "of", "each", "between", "from", "over", "out", "in", "the",
      "minus", "negative", "about", "at least", "more than", "less than", "up to", "nearly",
      "or more", "or so", "no more than", "equal to", "plus or minus", "±", "+/-", ">", "<",
      ">=", "<=", "=", "%", "percent", "per cent", "percentage points", "points", "margin", "$",
      "US$", "C $", "€", "£", "¥", "₩", "Rs", "USD", "EUR", "MUSD", "dollars", "cents", "pence",
      "euros", "pounds", "yen", "won", "km", "km2", "km/h", "m", "M", "kg", "lbs", "ft", "in",
      "inches", "miles", "°C", "°", "C", "F", "pm", "am", "a.m.", "p.m.", "GMT", "hours",
      "years", "year", "old", "-year-old", "aged", "per", "/", "(", ")", "[", "]", ",", ".",
      ";", ":", "'", "’", "\"", "“", "”", "\n", "\u00A0", "\u202F", "people", "soldiers",
      "brigades", "Boeing", "Apollo", "Smith", "Friday", "November", "Nov", "May", "may",
      "version", "v", "http://x.org/1/2", "www.a.b", "baker's", "e", "x", "×", "^", "pc", "bp",
      "seven-figure", "double-digit", "tens", "several", "no one", "the one", "one of",
      "iPhone", "Windows", "route");

  @Provide
  Arbitrary<String> numberish() {
    Arbitrary<String> token = Arbitraries.of(TOKENS);
    Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", "", "  ", ", ", "\n", "-");
    return Combinators.combine(token, sep).as((a, b) -> a + b).list().ofMinSize(0).ofMaxSize(40)
        .map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> unicode() {
    return Arbitraries.strings().all().ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> digitsAndPunctuation() {
    return Arbitraries.strings().withChars("0123456789 ,.-/:%$€+^exk½") .ofMaxLength(120);
  }

  @Property(tries = 3000)
  void invariantsOnNumberishText(@ForAll("numberish") String text) {
    checkInvariants(text, 0, text.length());
  }

  @Property(tries = 1000)
  void invariantsOnRandomUnicode(@ForAll("unicode") String text) {
    checkInvariants(text, 0, text.length());
  }

  @Property(tries = 1000)
  void invariantsOnDigitsAndPunctuation(@ForAll("digitsAndPunctuation") String text) {
    checkInvariants(text, 0, text.length());
  }

  @Property(tries = 1000)
  void invariantsOnAnyRegion(@ForAll("numberish") String text, @ForAll long seed) {
    Random r = new Random(seed);
    int a = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
    int b = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
    checkInvariants(text, Math.min(a, b), Math.max(a, b));
  }

  @Property(tries = 500)
  void deterministic(@ForAll("numberish") String text) {
    assertThat(R.find(text, 0, text.length())).isEqualTo(R.find(text, 0, text.length()));
  }

  @Property(tries = 300)
  void resultDoesNotDependOnTextOutsideTheRegion(@ForAll("numberish") String text,
      @ForAll("numberish") String before, @ForAll("numberish") String after) {
    String whole = before + " " + text + " " + after;
    int from = before.length() + 1;
    List<NumberExpression> inWhole = R.find(whole, from, from + text.length());
    List<NumberExpression> alone = R.find(text, 0, text.length());
    assertThat(inWhole).hasSameSizeAs(alone);
    for (int k = 0; k < alone.size(); k++) {
      assertThat(inWhole.get(k).span().shift(-from)).isEqualTo(alone.get(k).span());
      assertThat(inWhole.get(k).kind()).isEqualTo(alone.get(k).kind());
    }
  }

  static void checkInvariants(String text, int from, int to) {
    List<NumberExpression> found = R.find(text, from, to);
    int lastEnd = from;
    for (NumberExpression e : found) {
      assertThat(e.span().start()).as("%s in '%s'", e, text).isGreaterThanOrEqualTo(lastEnd);
      assertThat(e.span().end()).isLessThanOrEqualTo(to);
      assertThat(e.span().isEmpty()).isFalse();
      assertThat(e.span().contains(e.numberSpan())).isTrue();
      if (e.low() != null && e.high() != null) {
        assertThat(e.low()).isLessThanOrEqualTo(e.high());
      }
      if (e.isQuantity()) {
        assertThat(e.low() != null || e.high() != null).isTrue();
      }
      lastEnd = e.span().end();
    }
  }

  /** One shared recognizer gives every thread the same results as a single thread. */
  @Test
  void sharedAcrossThreads() throws Exception {
    List<String> texts = List.of(
        "the roughly 12,000 North Korean soldiers and at least 3,000 more",
        "perhaps “two brigades of 6,000 people each.” on Friday, November 22, 2024",
        "between 5 and 7 million, $1.2bn, 42%, one and a half, the F-16 at 10:30",
        "tens of thousands of people, nearly 500, up to 700 and Smith, 45, said");
    List<List<NumberExpression>> expected = texts.stream().map(R::find).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> jobs = new java.util.ArrayList<>();
      for (int j = 0; j < 16; j++) {
        jobs.add(pool.submit(() -> {
          for (int rep = 0; rep < 200; rep++) {
            for (int k = 0; k < texts.size(); k++) {
              if (!R.find(texts.get(k)).equals(expected.get(k))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> f : jobs) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A 200 KB text of digits, commas, spaces and words completes: the scan is linear, with no
   * backtracking. No timing is asserted; a quadratic scan would not finish in reasonable time.
   */
  @Test
  void longInputsFinish() {
    Random r = new Random(42);
    String[] parts = {"1", "22", "333", "4444", ",", ", ", " ", "  ", ".", "-", "one", "hundred",
        "and", "thousand", "million", "more than", "less than", "between", "to", "%", "$", "km",
        "twenty", "fifths", "a", "half", "of", "each", "soldiers"};
    StringBuilder mixed = new StringBuilder();
    while (mixed.length() < 200_000) {
      mixed.append(parts[r.nextInt(parts.length)]);
      if (r.nextInt(3) > 0) {
        mixed.append(' ');
      }
    }
    checkInvariants(mixed.toString(), 0, mixed.length());

    String[] worst = {
      "1,".repeat(100_000),
      "1 000 ".repeat(33_000),
      "1".repeat(200_000),
      "one ".repeat(50_000),
      "twenty ".repeat(30_000),
      "one hundred and ".repeat(12_000),
      "more than 1 and less than 2 and ".repeat(6_000),
      "1.".repeat(100_000),
      "1-".repeat(100_000),
      "a1".repeat(100_000),
      "two brigades of ".repeat(12_000)
    };
    for (String s : worst) {
      checkInvariants(s, 0, s.length());
    }
  }
}
