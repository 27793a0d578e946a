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
 * @param counted what is counted ("North Korean soldiers"), or null when not found
 * @param figure what the quantity is a figure of, as typed fields with evidence (the thing
 *     counted, whose, what happened to it, where, count or plan...), or null when the extractor
 *     did not decide it (claims extracted before the figure stage existed)
 */
public record Quantity(
    String surface,
    Span span,
    BigDecimal low,
    BigDecimal high,
    Qualifier qualifier,
    String unit,
    String counted,
    Figure figure) {

  /** A quantity whose figure fields are not decided (yet). */
  public Quantity(String surface, Span span, BigDecimal low, BigDecimal high, Qualifier qualifier, String unit,
      String counted) {
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
    return new Quantity(surface, span, low, high, qualifier, unit, newCounted, figure);
  }

  public Quantity withFigure(Figure newFigure) {
    return new Quantity(surface, span, low, high, qualifier, unit, counted, newFigure);
  }
}
