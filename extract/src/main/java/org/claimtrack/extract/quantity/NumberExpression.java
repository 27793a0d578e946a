package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Span;

/**
 * One number expression found in a text.
 *
 * <p>The interval {@code [low, high]} follows the {@link Qualifier} semantics: EXACT and
 * APPROXIMATELY give {@code [n, n]}; AT_LEAST and MORE_THAN give {@code [n, null]}; AT_MOST,
 * LESS_THAN and UP_TO give {@code [null, n]}; RANGE gives {@code [a, b]} with {@code a <= b}.
 * Bounds are in base units: "$1.2 million" is 1200000 USD, "12k" is 12000, "50 cents" is 0.5 USD,
 * "3 km" is 3 kilometre (units of measure are not converted to one another).
 *
 * <p>Quantities ({@link Kind#isQuantity()}) always have at least one bound. Of the other kinds,
 * ORDINAL, AGE and YEAR carry their number (a decade or span of years is a RANGE), while DATE,
 * TIME, PHONE, NAME_PART and VERSION_OR_CODE carry no value ({@code low = high = null}).
 *
 * @param span the whole expression, with qualifier, currency and unit words ("at least 3,000",
 *     "between 5 and 7", "$1.2 million", "42%", "two brigades of 6,000 people each")
 * @param numberSpan the numeric words only ("3,000"; for ranges and multiplicatives from the
 *     first number to the last)
 * @param low lower bound in base units, null when unbounded below (or for kinds without value)
 * @param high upper bound in base units, null when unbounded above (or for kinds without value)
 * @param qualifier how the stated number bounds the value
 * @param unit null for a plain count; "percent"; "percentage points"; an ISO 4217 code ("USD");
 *     or a unit of measure by canonical name ("kilometre"); see {@code package-info} for the list
 * @param kind what the expression is
 * @param spelledOut true when the numeric words contain no digits ("three", "a dozen")
 * @param form the production that made it ({@link Form#SINGLE} for the kinds that are no quantity)
 * @param parts the amounts a range or pair is made of, in text order ("from 60 percent" and "75
 *     percent" of "from 60 percent to 75 percent", each with the range's unit and scale), else
 *     empty
 */
public record NumberExpression(
    Span span,
    Span numberSpan,
    BigDecimal low,
    BigDecimal high,
    Qualifier qualifier,
    String unit,
    Kind kind,
    boolean spelledOut,
    Form form,
    List<NumberExpression> parts) {

  /** A single expression: form {@link Form#SINGLE}, no parts. */
  public NumberExpression(Span span, Span numberSpan, BigDecimal low, BigDecimal high,
      Qualifier qualifier, String unit, Kind kind, boolean spelledOut) {
    this(span, numberSpan, low, high, qualifier, unit, kind, spelledOut, Form.SINGLE, List.of());
  }

  public NumberExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(form, "form");
    parts = List.copyOf(parts);
    for (NumberExpression p : parts) {
      if (!span.contains(p.span())) {
        throw new IllegalArgumentException("part " + p.span() + " outside span " + span);
      }
    }
    Objects.requireNonNull(numberSpan, "numberSpan");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(kind, "kind");
    if (!span.contains(numberSpan)) {
      throw new IllegalArgumentException("numberSpan " + numberSpan + " outside span " + span);
    }
    if (numberSpan.isEmpty()) {
      throw new IllegalArgumentException("empty numberSpan " + numberSpan);
    }
    if (low != null && high != null && low.compareTo(high) > 0) {
      throw new IllegalArgumentException("low " + low + " > high " + high);
    }
    if (kind.isQuantity()) {
      boolean ok =
          switch (qualifier) {
            case EXACT, APPROXIMATELY -> low != null && high != null && low.compareTo(high) == 0;
            case AT_LEAST, MORE_THAN -> low != null && high == null;
            case AT_MOST, LESS_THAN, UP_TO -> low == null && high != null;
            case RANGE -> low != null && high != null;
          };
      if (!ok) {
        throw new IllegalArgumentException(
            "bounds [" + low + ", " + high + "] do not fit qualifier " + qualifier);
      }
    }
  }

  /** True when this expression is a quantity a claim can state (CARDINAL or FRACTION). */
  public boolean isQuantity() {
    return kind.isQuantity();
  }

  /** The covered text of {@link #span()} in {@code text}. */
  public String surface(CharSequence text) {
    return span.of(text);
  }
}
