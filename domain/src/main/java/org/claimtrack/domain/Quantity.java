package org.claimtrack.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number stated in a claim, as an interval in base units.
 *
 * @param surface the words of the quantity as written ("at least 3,000")
 * @param span where {@code surface} is in the article text
 * @param low lower bound in base units, null when unbounded below
 * @param high upper bound in base units, null when unbounded above
 * @param qualifier how the stated number bounds the value
 * @param unit "percent", "percentage points", an ISO 4217 currency code, a unit of measure, or
 *     null for a plain count
 * @param counted what is counted or measured, the head noun phrase ("North Korean soldiers",
 *     "operating revenue", "approval rating"), or null when the sentence names nothing
 * @param change how the figure takes part in a change its sentence states ("from 60 percent to
 *     75 percent": FROM and TO; "up 2.1 percent": BY), or null when it states none
 */
public record Quantity(
    String surface,
    Span span,
    BigDecimal low,
    BigDecimal high,
    Qualifier qualifier,
    String unit,
    String counted,
    Change change) {

  /** A quantity that is no part of a change. */
  public Quantity(String surface, Span span, BigDecimal low, BigDecimal high, Qualifier qualifier,
      String unit, String counted) {
    this(surface, span, low, high, qualifier, unit, counted, null);
  }

  public Quantity {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(qualifier, "qualifier");
    if (low == null && high == null) {
      throw new IllegalArgumentException("a quantity needs at least one bound: " + surface);
    }
    if (low != null && high != null && low.compareTo(high) > 0) {
      throw new IllegalArgumentException("low " + low + " > high " + high + " in " + surface);
    }
  }

  public Quantity withCounted(String newCounted) {
    return new Quantity(surface, span, low, high, qualifier, unit, newCounted, change);
  }

  public Quantity withChange(Change newChange) {
    return new Quantity(surface, span, low, high, qualifier, unit, counted, newChange);
  }
}
