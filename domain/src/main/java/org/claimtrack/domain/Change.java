package org.claimtrack.domain;

import java.util.Objects;

/**
 * How a figure takes part in a change its sentence states. "Gross federal debt increased from 60
 * percent (FROM, UP) to 75 percent (TO, UP)"; "revenue fell 9.8 per cent (BY, DOWN) to S$865.7
 * million (TO, DOWN)"; "up 2.1 percent" (BY, UP); "down from 19% a week earlier" (FROM, DOWN).
 *
 * @param role which figure of the change this is: the value before it, after it, or its size
 * @param direction which way the change goes, or null when the sentence does not say ("brought
 *     the total to 820")
 */
public record Change(Role role, Direction direction) {

  /** Which figure of a change. */
  public enum Role {
    /** The value before the change: "from 60 percent". */
    FROM,
    /** The value after the change: "to 75 percent", "rose ... to 114,700 units". */
    TO,
    /** The size of the change: "rose 9.1%", "by 235", "a 25% raise". */
    BY
  }

  /** Which way a change goes. */
  public enum Direction {
    UP, DOWN
  }

  public Change {
    Objects.requireNonNull(role, "role");
  }
}
