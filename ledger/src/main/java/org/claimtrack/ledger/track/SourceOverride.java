package org.claimtrack.ledger.track;

import java.util.Objects;

/**
 * An analyst's correction of the automatic source grouping; overrides win over automatic merges
 * and are applied in the order given.
 *
 * <ul>
 *   <li>{@code MERGE}: the canonical sources holding names {@code a} and {@code b} are one source
 *       (named as {@code a}'s group is named).
 *   <li>{@code SPLIT}: the name (alias) {@code a} is its own source, never merged with others
 *       automatically; {@code b} is unused (null).
 * </ul>
 *
 * <p>Names are matched case-insensitively against canonical names and aliases. An override whose
 * names match nothing changes nothing.
 */
public record SourceOverride(Action action, String a, String b) {
  public enum Action {
    MERGE,
    SPLIT
  }

  public SourceOverride {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(a, "a");
    if (action == Action.MERGE) {
      Objects.requireNonNull(b, "b");
    }
  }
}
