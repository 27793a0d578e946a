package org.claimtrack.domain;

/**
 * How a stated number bounds the true value. Each qualifier maps the number(s) to an interval
 * {@code [low, high]} where a {@code null} bound is unbounded.
 */
public enum Qualifier {
  /** n → [n, n]. */
  EXACT,
  /** "about", "roughly", "some", "around", "an estimated": n → [n, n]. */
  APPROXIMATELY,
  /** "at least", "or more": n → [n, null]. */
  AT_LEAST,
  /** "more than", "over": n → [n, null] (the bound itself excluded). */
  MORE_THAN,
  /** "at most", "no more than": n → [null, n]. */
  AT_MOST,
  /** "less than", "fewer than", "under", "nearly", "almost": n → [null, n] (bound excluded). */
  LESS_THAN,
  /** "up to", "as many as": n → [null, n]. */
  UP_TO,
  /** "between 5 and 7", "5 to 7": [a, b]. */
  RANGE;

  /** True when the lower bound, if any, is part of the interval. */
  public boolean lowInclusive() {
    return this != MORE_THAN;
  }

  /** True when the upper bound, if any, is part of the interval. */
  public boolean highInclusive() {
    return this != LESS_THAN;
  }
}
