package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import org.claimtrack.domain.Change;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Span;

/**
 * A quantity of a sentence while the figure rules (S2-S4) decide about it: the expression (or
 * one part of a range a change splits), its tokens {@code [first, last]} and number tokens, its
 * role in a change and the token of the change's verb or word ({@code cue}, -1 for none), and what
 * it counts. Immutable.
 */
record Figure(NumberExpression expr, Span span, BigDecimal low, BigDecimal high,
    Qualifier qualifier, String unit, Form form, int first, int last, int numFirst, int numLast,
    Change change, int cue, String counted) {

  static Figure of(TaggedSentence ts, NumberExpression e) {
    return new Figure(e, e.span(), e.low(), e.high(), e.qualifier(), e.unit(), e.form(),
        ts.first(e.span()), ts.last(e.span()), ts.first(e.numberSpan()), ts.last(e.numberSpan()),
        null, -1, null);
  }

  /** One part of a range, as a figure of its own with {@code change} cued at token {@code cueAt}. */
  Figure part(TaggedSentence ts, int index, Change ch, int cueAt) {
    NumberExpression p = expr.parts().get(index);
    return new Figure(p, p.span(), p.low(), p.high(), p.qualifier(), p.unit(), Form.SINGLE,
        ts.first(p.span()), ts.last(p.span()), ts.first(p.numberSpan()), ts.last(p.numberSpan()),
        ch, cueAt, null);
  }

  /** In change {@code c}, cued by the word at token {@code cueAt} (-1: none, "a 25% raise"). */
  Figure withChange(Change c, int cueAt) {
    return new Figure(expr, span, low, high, qualifier, unit, form, first, last, numFirst, numLast, c, cueAt, counted);
  }

  Figure withCounted(String c) {
    return new Figure(expr, span, low, high, qualifier, unit, form, first, last, numFirst, numLast, change, cue, c);
  }

  boolean covers(int token) {
    return token >= first && token <= last;
  }

  boolean percent() {
    return unit != null && unit.startsWith("percent");
  }

  /** Money: an ISO 4217 code, maybe per something ("USD per hour"). */
  boolean money() {
    return unit != null && unit.length() >= 3 && Character.isUpperCase(unit.charAt(0))
        && Character.isUpperCase(unit.charAt(1)) && Character.isUpperCase(unit.charAt(2));
  }

  /** A duration: a unit of time ("day", "year"), not a rate. */
  boolean duration() {
    return unit != null && Vocabulary.TIME_UNITS.get(unit, 0, unit.length()) != null;
  }

  /** Percent, money, a measure or a plain count: which figures may share what they count. */
  String unitClass() {
    return unit == null ? "count" : percent() ? "percent" : money() ? "money" : "measure:" + unit;
  }

  /** Spelled-out numeric words only: "three", "a dozen". */
  boolean spelledOut() {
    return expr.spelledOut();
  }

  Quantity quantity(String text) {
    return new Quantity(span.of(text), span, low, high, qualifier, unit, counted, change);
  }
}
