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
    Change change,
    Figure figure) {

  /** A quantity that is no part of a change, its figure fields not decided (yet). */
  public Quantity(String surface, Span span, BigDecimal low, BigDecimal high, Qualifier qualifier,
      String unit, String counted) {
    this(surface, span, low, high, qualifier, unit, counted, null, null);
  }

  /** A quantity whose figure fields are not decided (yet). */
  public Quantity(String surface, Span span, BigDecimal low, BigDecimal high, Qualifier qualifier,
      String unit, String counted, Change change) {
    this(surface, span, low, high, qualifier, unit, counted, change, null);
  }

  /** A quantity that is no part of a change. */
  public Quantity(String surface, Span span, BigDecimal low, BigDecimal high, Qualifier qualifier,
      String unit, String counted, Figure figure) {
    this(surface, span, low, high, qualifier, unit, counted, null, figure);
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
    return new Quantity(surface, span, low, high, qualifier, unit, newCounted, change, figure);
  }

  public Quantity withChange(Change newChange) {
    return new Quantity(surface, span, low, high, qualifier, unit, counted, newChange, figure);
  }

  public Quantity withFigure(Figure newFigure) {
    return new Quantity(surface, span, low, high, qualifier, unit, counted, change, newFigure);
  }
}
