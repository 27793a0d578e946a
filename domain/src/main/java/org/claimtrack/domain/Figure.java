package org.claimtrack.domain;

import java.util.Objects;

/**
 * What a quantity is a figure of, decided once by the extractor, each field with the words it
 * rests on. The ledger groups and reconciles figures by these fields and never parses text.
 *
 * @param thing what is counted, as a listing names it ("soldiers", "people", "jobs"); null when
 *     the quantity counts nothing trackable (then {@code notTracked} says why)
 * @param whose whose they are: a country ("North Korea") from a demonym ("North Korean
 *     soldiers"), a sender ("North Korea has sent"), or "from X"; or null
 * @param outcome what happened to them (killed, wounded, ...), or null
 * @param place where, or null when the sentence names no place for it
 * @param kind a count, a plan, a projection or a change; never null
 * @param reading how close to its number the qualifier puts the value ("nearly 300" is just under
 *     300, not anything under it), or null for the qualifier's plain reading
 * @param label the thing as a listing words it, with whose and what happened ("North Korean
 *     soldiers", "civilians killed"); null when {@code thing} is null
 * @param notTracked why the quantity counts nothing trackable ("a duration", "no noun"); null
 *     when {@code thing} is set
 */
public record Figure(
    Evidence<String> thing,
    Evidence<String> whose,
    Evidence<Outcome> outcome,
    Place place,
    Evidence<FigureKind> kind,
    Evidence<Reading> reading,
    String label,
    Evidence<String> notTracked) {

  /** How near its stated number a value with an open qualifier lies. */
  public enum Reading {
    /** "nearly", "almost", "close to", "just under": a little below the number. */
    JUST_BELOW,
    /** "just over", "slightly more than": a little above the number. */
    JUST_ABOVE
  }

  public Figure {
    Objects.requireNonNull(kind, "kind");
    if ((thing == null) == (notTracked == null)) {
      throw new IllegalArgumentException("a figure has a thing or says why not, not both: " + thing + " / " + notTracked);
    }
    if ((thing == null) != (label == null)) {
      throw new IllegalArgumentException("a label goes with a thing: " + thing + " / " + label);
    }
  }

  /** Whether the quantity counts something the ledger can track. */
  public boolean tracked() {
    return thing != null;
  }
}
