package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import java.util.List;
import org.claimtrack.domain.Qualifier;

/**
 * An expression found by one production, in tokens: all of it {@code [start, end)}, its numeric
 * words {@code [numStart, numEnd)}, its interval and qualifier, unit and kind. Immutable; a
 * {@code drop} covers tokens that yield nothing (a pronoun "one", a URL). {@code form} is the
 * production that made it, {@code parts} the amounts a range or pair is made of.
 */
record Found(Kind kind, int start, int end, int numStart, int numEnd, BigDecimal low,
    BigDecimal high, Qualifier qualifier, String unit, boolean drop, Form form, List<Found> parts) {

  Found {
    parts = List.copyOf(parts);
  }

  /** An EXACT expression of {@code value} (null for kinds without value). */
  static Found of(Kind kind, int start, int end, int numStart, int numEnd, BigDecimal value) {
    return new Found(kind, start, end, numStart, numEnd, value, value, Qualifier.EXACT, null, false,
        Form.SINGLE, List.of());
  }

  /** A RANGE {@code [low, high]}. */
  static Found range(Kind kind, int start, int end, int numStart, int numEnd, BigDecimal low,
      BigDecimal high) {
    return new Found(kind, start, end, numStart, numEnd, low, high, Qualifier.RANGE, null, false,
        Form.RANGE, List.of());
  }

  /** Tokens consumed with no expression. */
  static Found drop(int start, int end) {
    return new Found(null, start, end, start, end, null, null, Qualifier.EXACT, null, true, Form.SINGLE,
        List.of());
  }

  Found withStart(int s) {
    return new Found(kind, s, end, numStart, numEnd, low, high, qualifier, unit, drop, form, parts);
  }

  Found withEnd(int e) {
    return new Found(kind, start, e, numStart, numEnd, low, high, qualifier, unit, drop, form, parts);
  }

  Found withUnit(String u) {
    return new Found(kind, start, end, numStart, numEnd, low, high, qualifier, u, drop, form, parts);
  }

  /** Made by production {@code f}, of the amounts {@code ps}. */
  Found withForm(Form f, List<Found> ps) {
    return new Found(kind, start, end, numStart, numEnd, low, high, qualifier, unit, drop, f, ps);
  }

  /** This expression stating {@code v} with qualifier {@code q}, bounds as the qualifier says. */
  Found qualified(Qualifier q, BigDecimal v) {
    BigDecimal lo = v;
    BigDecimal hi = v;
    switch (q) {
      case AT_LEAST, MORE_THAN -> hi = null;
      case AT_MOST, LESS_THAN, UP_TO -> lo = null;
      default -> { }
    }
    return new Found(kind, start, end, numStart, numEnd, lo, hi, q, unit, drop, form, parts);
  }
}
